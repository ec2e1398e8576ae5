import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { Access } from '../policy/access';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import type { FieldProblem } from '../common/field-errors';
import type { Locale } from '../common/locale';
import { requireLocale, toLocalized } from '../common/localized-text';
import { Page, decodeCursor, pageLimit, toPage } from '../common/pagination';
import { hashSecret } from '../common/secrets';
import { Tx } from '../database/transaction';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import type { Municipality } from '../municipalities/municipality.entity';
import { CreateFormDto, FormDto, FormListQuery, FormQuestionInputDto, FormSubjectDto, FormSummaryDto, MyFormListDto, RespondentStateDto, UpdateFormDto } from './dto/form.dto';
import { formPolicy } from '../policy/form.policy';
import { Policy } from '../policy/policy.service';
import { isOfficerOf, type Standing } from '../policy/standing';
import { FormAccess, FormView, formStatus } from './form-access';
import type { Form } from './form.entity';
import { FormsRepository } from './forms.repository';
import { FormQuestion, ScaleLabels, questionProblems } from './questions';

/** The questions as stored: texts by locale, options only where they belong, no undefined. */
export function toQuestions(input: FormQuestionInputDto[], locale: Locale): FormQuestion[] {
  return input.map((q) => ({
    key: q.key,
    type: q.type,
    label: toLocalized(q.label, locale),
    required: q.required ?? false,
    options: (q.options ?? []).map((o) => ({ key: o.key, label: toLocalized(o.label, locale) })),
    maxChoices: q.maxChoices ?? null,
    scaleLabels: q.scaleLabels ? { min: toLocalized(q.scaleLabels.min, locale), max: toLocalized(q.scaleLabels.max, locale) } : null,
  }));
}

@Injectable()
export class FormsService {
  constructor(
    private readonly repo: FormsRepository,
    private readonly formAccess: FormAccess,
    private readonly policy: Policy,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly access: Access,
  ) {}

  // ---- reading -------------------------------------------------------------------------------

  async list(viewer: AuthUser | undefined, q: FormListQuery): Promise<Page<FormSummaryDto>> {
    const limit = pageLimit(q);
    const after = decodeCursor(q.cursor, 2) as [string, string] | undefined;
    let municipalityId: string | undefined;
    if (q.municipalityId) {
      const m = await this.municipalities.findByRef(q.municipalityId);
      if (!m) return { items: [], nextCursor: null };
      municipalityId = m.id;
    }
    const visible = await this.policy.sql(viewer, formPolicy, 'list', 'f');
    const standing = await this.policy.standing(viewer);
    const now = this.clock.now();
    const rows = await this.repo.list({ municipalityId, status: q.status, purpose: q.purpose, visible, now }, limit + 1, after);
    const counts = await this.repo.responseCounts(rows.map((r) => r.id), this.clock.now());
    const items: FormSummaryDto[] = [];
    for (const r of rows) items.push(await this.summary(r, r.municipalitySlug, summaryView(standing, r, now), counts.get(r.id)!, now));
    return toPage(
      rows.map((r, i) => ({ r, dto: items[i] })),
      limit,
      (x) => x.dto,
      (x) => [x.r.createdAt.toISOString(), x.r.id],
    );
  }

  /** The form for whoever may answer it (or manage or review it), with what the caller may do. */
  async get(viewer: AuthUser | undefined, id: string, token: string | undefined): Promise<FormDto> {
    const view = await this.formAccess.require(viewer, id);
    const { form } = view;
    const invitation = token ? await this.repo.findInvitation(form.id, hashSecret(token)) : null;
    if (token && !invitation) throw new DomainError('invalid_token');
    // a form whose results are public can be read by all (its report names its questions anyway)
    if (!invitation && !(await this.policy.can(viewer, formPolicy, form, 'read'))) {
      if (form.audience === 'registered' && !viewer) throw new DomainError('unauthorized');
      throw DomainError.notFound();
    }
    return this.detail(view, await this.respondentState(view, viewer, invitation ? { used: invitation.used } : null));
  }

  /** Open forms a signed-in person may answer with the account. */
  async mine(viewer: AuthUser): Promise<MyFormListDto> {
    const now = this.clock.now();
    const rows = await this.repo.answerableBy(viewer.id, now, 100);
    // one standing and one count query for the whole list, not a lookup and a count per form
    const standing = await this.policy.standing(viewer);
    const counts = await this.repo.responseCounts(rows.map((r) => r.id), now);
    const items = [];
    for (const r of rows) items.push({ ...(await this.summary(r, r.municipalitySlug, summaryView(standing, r, now), counts.get(r.id)!, now)), answered: r.answered });
    return { items, nextCursor: null };
  }

  // ---- writing -------------------------------------------------------------------------------

  create(actor: AuthUser, dto: CreateFormDto): Promise<FormDto> {
    return this.tx.run(async () => {
      const m = await this.municipalities.findByRef(dto.municipalityId);
      if (!m) throw DomainError.validation([{ field: 'municipalityId', code: 'unknown_municipality' }]);
      // a draft exists only for the municipality's officers: an admin without that role could not see it
      if (!isOfficerOf(await this.policy.standing(actor), m.id)) throw DomainError.forbidden();
      const form = this.repo.create({
        municipalityId: m.id, purpose: dto.purpose, subjectType: null, subjectId: null, description: {}, anonymous: true, audience: 'public',
        opensAt: null, closesAt: null, minGroupSize: 5, publishResults: false, questions: [], publishedAt: null, basedOnId: null, createdBy: actor.id,
      });
      await this.apply(form, dto, m, false);
      const saved = await this.repo.save(form);
      await this.audit.record({ actorId: actor.id, action: 'form.create', entityType: 'form', entityId: saved.id, municipalityId: m.id, after: snapshot(saved) });
      return this.detail(await this.formAccess.viewOf(actor, saved), this.officerState(saved));
    });
  }

  /** Any field; questions, anonymity and a lower minimum group size only while no response exists. */
  update(actor: AuthUser, id: string, dto: UpdateFormDto): Promise<FormDto> {
    return this.tx.run(async () => {
      const view = await this.formAccess.requireOfficer(actor, id);
      const { form, municipality: m } = view;
      const before = snapshot(form);
      const now = this.clock.now();
      const wasClosed = formStatus(form, now) === 'closed';
      await this.apply(form, dto, m, await this.repo.hasResponses(form.id));
      if (wasClosed && formStatus(form, now) !== 'closed') {
        // reopened: what waited joins its group as the closed form's reports showed it, and the
        // groups shown complete while closed take no more leftovers at the next closing
        await this.repo.releaseGroup(form.id, 1, now, true);
        form.sealedGroup = await this.repo.lastGroup(form.id);
      }
      const saved = await this.repo.save(form);
      await this.audit.record({ actorId: actor.id, action: 'form.update', entityType: 'form', entityId: id, municipalityId: m.id, before, after: snapshot(saved) });
      return this.detail({ ...view, form: saved }, this.officerState(saved));
    });
  }

  publish(actor: AuthUser, id: string): Promise<FormDto> {
    return this.tx.run(async () => {
      const view = await this.formAccess.requireOfficer(actor, id);
      const { form } = view;
      if (form.publishedAt) throw new DomainError('form_already_published');
      const now = this.clock.now();
      const errors: FieldProblem[] = [];
      if (!form.questions.length) errors.push({ field: 'questions', code: 'form_without_questions' });
      if (form.closesAt && form.closesAt <= now) errors.push({ field: 'closesAt', code: 'closes_before_publication' });
      if (errors.length) throw DomainError.validation(errors);
      form.publishedAt = now;
      const saved = await this.repo.save(form);
      await this.audit.record({ actorId: actor.id, action: 'form.publish', entityType: 'form', entityId: id, municipalityId: form.municipalityId, after: { publishedAt: now.toISOString(), opensAt: form.opensAt, closesAt: form.closesAt } });
      return this.detail({ ...view, form: saved }, this.officerState(saved));
    });
  }

  /** A new draft with the same settings and questions: how questions change once responses exist. */
  newVersion(actor: AuthUser, id: string): Promise<FormDto> {
    return this.tx.run(async () => {
      const view = await this.formAccess.requireOfficer(actor, id, false);
      const { form: old } = view;
      const form = this.repo.create({
        municipalityId: old.municipalityId, purpose: old.purpose, subjectType: old.subjectType, subjectId: old.subjectId, title: old.title, description: old.description, anonymous: old.anonymous,
        audience: old.audience, opensAt: null, closesAt: null, minGroupSize: old.minGroupSize, publishResults: old.publishResults, questions: old.questions, publishedAt: null, basedOnId: old.id, createdBy: actor.id,
      });
      const saved = await this.repo.save(form);
      await this.audit.record({ actorId: actor.id, action: 'form.new_version', entityType: 'form', entityId: saved.id, municipalityId: saved.municipalityId, after: { ...snapshot(saved), basedOnId: old.id } });
      return this.detail({ ...view, form: saved }, this.officerState(saved));
    });
  }

  // ---- helpers -------------------------------------------------------------------------------

  private async apply(form: Form, dto: Partial<CreateFormDto>, m: Municipality, hasResponses: boolean): Promise<void> {
    const L = m.defaultLocale;
    const errors: FieldProblem[] = [];
    const frozen = (field: string) => {
      throw new DomainError('form_has_responses', { field });
    };
    if (dto.purpose !== undefined) form.purpose = dto.purpose;
    if (dto.title !== undefined) {
      form.title = toLocalized(dto.title, L);
      requireLocale(form.title, L, 'title');
    }
    if (dto.description !== undefined) form.description = toLocalized(dto.description, L);
    if (dto.anonymous !== undefined && dto.anonymous !== form.anonymous) {
      if (hasResponses) frozen('anonymous');
      form.anonymous = dto.anonymous;
    }
    if (dto.audience !== undefined) form.audience = dto.audience;
    if (dto.opensAt !== undefined) form.opensAt = dto.opensAt ? new Date(dto.opensAt) : null;
    if (dto.closesAt !== undefined) form.closesAt = dto.closesAt ? new Date(dto.closesAt) : null;
    if (form.opensAt && form.closesAt && form.closesAt <= form.opensAt) errors.push({ field: 'closesAt', code: 'closes_before_opens' });
    if (dto.minGroupSize !== undefined) {
      if (hasResponses && dto.minGroupSize < form.minGroupSize) frozen('minGroupSize');
      form.minGroupSize = dto.minGroupSize;
    }
    if (dto.publishResults !== undefined) form.publishResults = dto.publishResults;
    if (dto.questions !== undefined) {
      const questions = toQuestions(dto.questions, L);
      if (canonical(withScaleLabels(questions)) !== canonical(withScaleLabels(form.questions))) {
        if (hasResponses) frozen('questions');
        errors.push(...questionProblems(questions, L));
        form.questions = questions;
      }
    }
    if (dto.subject !== undefined) {
      if (dto.subject === null) {
        form.subjectType = null;
        form.subjectId = null;
      } else {
        const subject = await this.repo.subject(dto.subject.type, dto.subject.id);
        if (!subject || subject.municipalityId !== m.id) errors.push({ field: 'subject.id', code: 'subject_not_found' });
        form.subjectType = dto.subject.type;
        form.subjectId = dto.subject.id;
      }
    }
    if (errors.length) throw DomainError.validation(errors);
  }

  /** What the caller may do as a respondent, and why not. */
  private async respondentState(view: FormView, viewer: AuthUser | undefined, invitation: { used: boolean } | null): Promise<RespondentStateDto> {
    const { form } = view;
    const no = (reason: string) => ({ canAnswer: false, reason });
    const status = formStatus(form, this.clock.now());
    if (status === 'draft') return no('not_published');
    if (status === 'scheduled') return no('not_open_yet');
    if (status === 'closed') return no('form_closed');
    if (invitation) return invitation.used ? no('already_answered') : { canAnswer: true, reason: null };
    if (form.audience === 'invited') return no('token_required');
    if (form.audience === 'registered') {
      if (!viewer) return no('sign_in_required');
      if (!viewer.emailVerified) return no('email_not_verified');
    }
    if (viewer && (await this.repo.hasRespondent(form.id, viewer.id))) return no('already_answered');
    return { canAnswer: true, reason: null };
  }

  private officerState(form: Form): RespondentStateDto {
    const status = formStatus(form, this.clock.now());
    const reason = { draft: 'not_published', scheduled: 'not_open_yet', closed: 'form_closed', open: form.audience === 'invited' ? 'token_required' : null }[status];
    return { canAnswer: reason === null, reason };
  }

  /** The form's subject; a draft consultation's title only for the municipality's officers (the rule for drafts, not the admin). */
  private async subjectOf(form: Form, seesDrafts: boolean): Promise<FormSubjectDto | null> {
    if (!form.subjectType || !form.subjectId) return null;
    const s = await this.repo.subject(form.subjectType, form.subjectId);
    return { type: form.subjectType, id: form.subjectId, title: s && (seesDrafts || !s.draft) ? s.title : {} };
  }

  private async summary(form: Form, municipalitySlug: string, view: Pick<FormView, 'form' | 'officer' | 'partner' | 'seesDrafts'> & { can: Pick<FormView['can'], 'report'> }, counts: { responses: number; pending: number }, now: Date): Promise<FormSummaryDto> {
    const canReadReport = view.can.report;
    return {
      id: form.id,
      municipalityId: form.municipalityId,
      municipalitySlug,
      purpose: form.purpose,
      subject: await this.subjectOf(form, view.seesDrafts),
      title: form.title,
      anonymous: form.anonymous,
      audience: form.audience,
      opensAt: form.opensAt?.toISOString() ?? null,
      closesAt: form.closesAt?.toISOString() ?? null,
      minGroupSize: form.minGroupSize,
      publishResults: form.publishResults,
      status: formStatus(form, now),
      publishedAt: form.publishedAt?.toISOString() ?? null,
      questionCount: form.questions.length,
      responses: canReadReport ? counts.responses : null,
      pendingResponses: canReadReport ? counts.pending : null,
      canManage: view.officer,
      canReadReport,
      createdAt: form.createdAt.toISOString(),
    };
  }

  private async detail(view: FormView, respondent: RespondentStateDto): Promise<FormDto> {
    const { form } = view;
    const counts = (await this.repo.responseCounts([form.id], this.clock.now())).get(form.id)!;
    return {
      can: view.can,
      ...(await this.summary(form, view.municipality.slug, view, counts, this.clock.now())),
      description: form.description,
      questions: withScaleLabels(form.questions),
      basedOnId: form.basedOnId,
      hasResponses: counts.responses + counts.pending > 0,
      invitations: view.officer ? await this.repo.invitationCounts(form.id) : null,
      respondent,
      updatedAt: form.updatedAt.toISOString(),
    };
  }
}

/** JSON with sorted keys: what PostgreSQL's jsonb gives back is the same value in another key order. */
/** Questions stored before scale labels existed have none: null, as in the response. */
function withScaleLabels(questions: FormQuestion[]): Array<FormQuestion & { scaleLabels: ScaleLabels | null }> {
  return questions.map((q) => ({ ...q, scaleLabels: q.scaleLabels ?? null }));
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v));
}

function snapshot(f: Form): Record<string, unknown> {
  return {
    purpose: f.purpose,
    subject: f.subjectType ? { type: f.subjectType, id: f.subjectId } : null,
    title: f.title,
    description: f.description,
    anonymous: f.anonymous,
    audience: f.audience,
    opensAt: f.opensAt,
    closesAt: f.closesAt,
    minGroupSize: f.minGroupSize,
    publishResults: f.publishResults,
    questions: f.questions,
  };
}

/** What a list item needs of the caller's rights on a form, from the standing already loaded. */
function summaryView(standing: Standing, form: Form, now: Date): Pick<FormView, 'form' | 'officer' | 'partner' | 'seesDrafts'> & { can: Pick<FormView['can'], 'report'> } {
  const officer = formPolicy.can(standing, form, 'manage', now);
  return { form, officer, partner: !officer && standing.partnerOf.has(form.municipalityId), seesDrafts: isOfficerOf(standing, form.municipalityId), can: { report: formPolicy.can(standing, form, 'report', now) } };
}
