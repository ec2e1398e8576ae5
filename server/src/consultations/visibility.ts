import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import type { StaffRoleName } from '../municipalities/staff-role.entity';
import type { Consultation } from './consultation.entity';
import { ConsultationsRepository, type ConsultationStatusFacts } from './consultations.repository';
import { ConsultationStatusFactsCache } from './status-facts-cache';

/** The public sees a consultation from its publication on; before that it does not exist for them. */
export function isPubliclyVisible(c: Pick<Consultation, 'publishedAt'>, now: Date): boolean {
  return c.publishedAt !== null && c.publishedAt <= now;
}

/** What a caller is in the consultation's municipality: their staff role there, and whether they administer the platform. */
export interface Standing {
  role: StaffRoleName | null;
  admin: boolean;
}

/**
 * Who may see a consultation and act on it. Pure.
 * - A draft (never published) exists only for the officers of its municipality: not for its
 *   moderators, not for the platform's admins (docs/api.md: drafts only for their officers).
 * - A publication scheduled for a later day is seen by the municipality's staff (officers,
 *   moderators) and admins, as any published consultation; the public sees it from that day on.
 * - `staff`: sees what the municipality's staff see (hidden texts, flags, the report preview).
 * - `may(roles)`: visible, and one of `roles` is the caller's (admins hold every role on a published one).
 */
export function consultationAccess(c: Pick<Consultation, 'publishedAt'>, who: Standing, now: Date): { visible: boolean; staff: boolean; may(roles: StaffRoleName[]): boolean } {
  const draft = c.publishedAt === null;
  const staff = draft ? who.role === 'officer' : who.admin || who.role !== null;
  const visible = staff || isPubliclyVisible(c, now);
  return {
    visible,
    staff,
    may: (roles) => visible && (draft ? who.role === 'officer' && roles.includes('officer') : who.admin || (who.role !== null && roles.includes(who.role))),
  };
}

/** The one place that decides whether a caller may see a consultation (404 otherwise) and act on it (403 otherwise). */
@Injectable()
export class ConsultationVisibility {
  constructor(
    private readonly consultations: ConsultationsRepository,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly clock: Clock,
    private readonly facts: ConsultationStatusFactsCache,
  ) {}

  private async standing(viewer: AuthUser | undefined, municipalityId: string): Promise<Standing> {
    if (!viewer) return { role: null, admin: false };
    const role = await this.municipalities.findRole(municipalityId, viewer.id);
    return { role: role?.role ?? null, admin: viewer.isAdmin };
  }

  async accessTo(viewer: AuthUser | undefined, c: Pick<Consultation, 'municipalityId' | 'publishedAt'>): Promise<ReturnType<typeof consultationAccess>> {
    return consultationAccess(c, await this.standing(viewer, c.municipalityId), this.clock.now());
  }

  /** The consultation and whether the caller sees it as its municipality's staff; 404 when not visible. */
  async require(viewer: AuthUser | undefined, id: string): Promise<{ c: Consultation; staff: boolean }> {
    const c = await this.consultations.findById(id);
    if (!c) throw DomainError.notFound();
    const access = await this.accessTo(viewer, c);
    if (!access.visible) throw DomainError.notFound();
    return { c, staff: access.staff };
  }

  /**
   * The same rule for the hot path of a write: only the status columns are read (not the draft),
   * and the staff role is looked up only when the consultation is not public.
   */
  async requireStatusFacts(viewer: AuthUser | undefined, id: string): Promise<ConsultationStatusFacts> {
    const c = await this.facts.get(id);
    if (!c) throw DomainError.notFound();
    if (!isPubliclyVisible(c, this.clock.now()) && !(await this.accessTo(viewer, c)).visible) throw DomainError.notFound();
    return c;
  }

  /**
   * `require` for the hot reads and small writes that need only the status columns (the list of
   * contributions, a support): the status facts and whether the caller sees them as staff.
   */
  async requireFacts(viewer: AuthUser | undefined, id: string): Promise<{ c: ConsultationStatusFacts; staff: boolean }> {
    const c = await this.facts.get(id);
    if (!c) throw DomainError.notFound();
    const access = viewer ? await this.accessTo(viewer, c) : consultationAccess(c, { role: null, admin: false }, this.clock.now());
    if (!access.visible) throw DomainError.notFound();
    return { c, staff: access.staff };
  }

  /**
   * For a write by the municipality's staff: 404 when the caller may not see the consultation
   * (unknown, or a draft of another municipality's officers), 403 when they see it but hold none
   * of `roles`. `lock` takes the row for the rest of the transaction.
   */
  async requireRole(actor: AuthUser, id: string, roles: StaffRoleName[], options: { lock?: boolean } = {}): Promise<Consultation> {
    const c = options.lock ? await this.consultations.findForUpdate(id) : await this.consultations.findById(id);
    if (!c) throw DomainError.notFound();
    const access = await this.accessTo(actor, c);
    if (!access.visible) throw DomainError.notFound();
    if (!access.may(roles)) throw DomainError.forbidden();
    return c;
  }

  /** Those of `consultations` the caller may see (one role lookup per municipality). */
  async filterVisible<T extends Pick<Consultation, 'municipalityId' | 'publishedAt'>>(viewer: AuthUser | undefined, consultations: T[]): Promise<T[]> {
    const standings = new Map<string, Standing>();
    const out: T[] = [];
    for (const c of consultations) {
      if (isPubliclyVisible(c, this.clock.now())) {
        out.push(c);
        continue;
      }
      if (!standings.has(c.municipalityId)) standings.set(c.municipalityId, await this.standing(viewer, c.municipalityId));
      if (consultationAccess(c, standings.get(c.municipalityId)!, this.clock.now()).visible) out.push(c);
    }
    return out;
  }
}
