import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import type { Consultation } from '../consultations/consultation.entity';
import { ConsultationsRepository, type ConsultationStatusFacts } from '../consultations/consultations.repository';
import { ConsultationStatusFactsCache } from '../consultations/status-facts-cache';
import type { PublicBody } from '../bodies/body.entity';
import { BodiesRepository } from '../bodies/bodies.repository';
import type { Contribution } from '../contributions/contribution.entity';
import { ContributionsRepository } from '../contributions/contributions.repository';
import type { Form } from '../forms/form.entity';
import { FormsRepository } from '../forms/forms.repository';
import type { Meeting } from '../meetings/meeting.entity';
import type { Organization } from '../organizations/organization.entity';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { MeetingsRepository } from '../meetings/meetings.repository';
import type { Registration } from '../meetings/registration.entity';
import { RegistrationsRepository } from '../meetings/registrations.repository';
import { bodyPolicy, type BodyAction } from './body.policy';
import { consultationPolicy, type ConsultationAction } from './consultation.policy';
import { contributionPolicy, type ContributionAction } from './contribution.policy';
import { formPolicy, type FormAction } from './form.policy';
import { organizationPolicy, type OrganizationAction } from './organization.policy';
import { meetingPolicy, type MeetingAction, type MeetingFacts } from './meeting.policy';
import { registrationPolicy, type RegistrationAction, type RegistrationFacts } from './registration.policy';
import type { Standing } from './standing';
import { StandingLoader } from './standing.loader';
import type { SqlPredicate, SubjectPolicy } from './subject-policy';

/** Each subject the policy layer answers for: its facts, its actions. */
export interface Subjects {
  /** the whole consultation */
  consultation: { facts: Consultation; action: ConsultationAction };
  /** only what decides its status and who sees it: the hot path of a submission */
  consultationStatus: { facts: ConsultationStatusFacts; action: ConsultationAction };
  body: { facts: PublicBody; action: BodyAction };
  /** the meeting, with its body's visibility and its co-hosts */
  meeting: { facts: Meeting & MeetingFacts; action: MeetingAction };
  /** the registration, with its meeting's host municipality */
  registration: { facts: Registration & RegistrationFacts; action: RegistrationAction };
  form: { facts: Form; action: FormAction };
  /** the contribution, with its consultation's status facts */
  contribution: { facts: Contribution & { consultation: ConsultationStatusFacts }; action: ContributionAction };
  organization: { facts: Organization; action: OrganizationAction };
}
export type SubjectName = keyof Subjects;

interface Source<F, A extends string> {
  policy: SubjectPolicy<F, A>;
  load(id: string, lock: boolean): Promise<F | null>;
}

/**
 * The one place every service asks whether the caller may see a subject and act on it:
 * `require(viewer, subject, id, action, { lock })` answers the subject's facts, or throws
 * 404 when it does not exist for the caller (unknown, or not visible: the same answer), 401 when
 * it is visible but the action needs a signed-in caller, 403 when a signed-in caller may see it
 * but not do that. The rules themselves are the pure policies beside this file.
 */
@Injectable()
export class Policy {
  private readonly sources: { [K in SubjectName]: Source<Subjects[K]['facts'], Subjects[K]['action']> };

  constructor(
    private readonly standings: StandingLoader,
    private readonly clock: Clock,
    consultations: ConsultationsRepository,
    private readonly bodies: BodiesRepository,
    private readonly meetings: MeetingsRepository,
    registrations: RegistrationsRepository,
    forms: FormsRepository,
    contributions: ContributionsRepository,
    organizations: OrganizationsRepository,
    // the status columns of a consultation, cached a few seconds in process and dropped on change
    // (LISTEN/NOTIFY from every instance): the hot paths of contributions ask for these
    statusFacts: ConsultationStatusFactsCache,
  ) {
    this.sources = {
      consultation: { policy: consultationPolicy, load: (id, lock) => (lock ? consultations.findForUpdate(id) : consultations.findById(id)) },
      consultationStatus: { policy: consultationPolicy, load: (id) => statusFacts.get(id) },
      body: { policy: bodyPolicy, load: (id, lock) => (lock ? bodies.findForUpdate(id) : bodies.findById(id)) },
      meeting: {
        policy: meetingPolicy,
        load: async (id, lock) => {
          const meeting = lock ? await meetings.findForUpdate(id) : await meetings.findById(id);
          return meeting && this.meetingFacts(meeting, bodies);
        },
      },
      registration: {
        policy: registrationPolicy,
        load: async (id) => {
          const r = await registrations.findById(id);
          const meeting = r && (await meetings.findById(r.meetingId));
          return r && meeting && Object.assign(r, { municipalityId: meeting.municipalityId });
        },
      },
      form: { policy: formPolicy, load: (id, lock) => (lock ? forms.findForUpdate(id) : forms.findById(id)) },
      contribution: {
        policy: contributionPolicy,
        load: async (id) => {
          const c = await contributions.findById(id);
          const consultation = c && (await consultations.findStatusFacts(c.consultationId));
          return c && consultation && Object.assign(c, { consultation });
        },
      },
      organization: { policy: organizationPolicy, load: (id) => organizations.findById(id) },
    };
  }

  /** A meeting's facts for its policy: the body's visibility and the co-hosts, beside the row. */
  async meetingFacts(meeting: Meeting, bodies: BodiesRepository = this.bodies): Promise<Meeting & MeetingFacts> {
    const body = meeting.bodyId ? await bodies.findById(meeting.bodyId) : null;
    const partners = await this.meetings.partners(meeting.id);
    return Object.assign(meeting, { bodyVisibility: body?.visibility ?? null, partnerMunicipalityIds: partners.map((p) => p.id) });
  }

  standing(viewer: AuthUser | undefined): Promise<Standing> {
    return this.standings.of(viewer);
  }

  /** After a write that changed the caller's own roles or memberships within this request. */
  forget(viewer: AuthUser | undefined): void {
    this.standings.forget(viewer);
  }

  /** A subject's facts as its policy reads them, without a check (null: unknown). */
  facts<K extends SubjectName>(subject: K, id: string): Promise<Subjects[K]['facts'] | null> {
    return (this.sources[subject] as Source<Subjects[K]['facts'], Subjects[K]['action']>).load(id, false);
  }

  async require<K extends SubjectName>(viewer: AuthUser | undefined, subject: K, id: string, action: Subjects[K]['action'] | 'view', options: { lock?: boolean } = {}): Promise<Subjects[K]['facts']> {
    const source = this.sources[subject] as Source<Subjects[K]['facts'], Subjects[K]['action']>;
    const facts = await source.load(id, options.lock ?? false);
    if (!facts) throw DomainError.notFound();
    await this.check(viewer, source.policy, facts, action);
    return facts;
  }

  /** The same answers as `require`, for facts the caller already holds. */
  async check<F, A extends string>(viewer: AuthUser | undefined, policy: SubjectPolicy<F, A>, facts: F, action: A | 'view'): Promise<void> {
    const now = this.clock.now();
    if (action === 'view' && policy.isPublic(facts, now)) return;
    const s = await this.standing(viewer);
    if (!policy.can(s, facts, 'view', now)) throw DomainError.notFound();
    if (action === 'view' || policy.can(s, facts, action, now)) return;
    if (!viewer) throw new DomainError('unauthorized');
    throw DomainError.forbidden();
  }

  /** Whether the caller may do `action` on a subject whose facts are known (no error). */
  async can<F, A extends string>(viewer: AuthUser | undefined, policy: SubjectPolicy<F, A>, facts: F, action: A | 'view'): Promise<boolean> {
    const now = this.clock.now();
    if (action === 'view' && policy.isPublic(facts, now)) return true;
    return policy.can(await this.standing(viewer), facts, action, now);
  }

  /** Every action's flag for the caller: the `can` of a detail DTO. */
  async flags<F, A extends string>(viewer: AuthUser | undefined, policy: SubjectPolicy<F, A>, facts: F): Promise<Record<A, boolean>> {
    const s = await this.standing(viewer);
    const now = this.clock.now();
    return Object.fromEntries(policy.actions.map((a) => [a, policy.can(s, facts, a, now)])) as Record<A, boolean>;
  }

  /** Those of `items` the caller may see. */
  async filter<F, A extends string, T extends F>(viewer: AuthUser | undefined, policy: SubjectPolicy<F, A>, items: T[]): Promise<T[]> {
    const now = this.clock.now();
    if (items.every((i) => policy.isPublic(i, now))) return items;
    const s = await this.standing(viewer);
    return items.filter((i) => policy.can(s, i, 'view', now));
  }

  /** The WHERE fragment of a list: the rows on which the caller may do `action`. */
  async sql<F, A extends string>(viewer: AuthUser | undefined, policy: SubjectPolicy<F, A>, action: A | 'view', alias: string): Promise<SqlPredicate> {
    return policy.sql(await this.standing(viewer), action, this.clock.now(), alias);
  }
}
