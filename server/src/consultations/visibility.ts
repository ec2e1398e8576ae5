import { Injectable } from '@nestjs/common';
import { Access } from '../common/access';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import type { Consultation } from './consultation.entity';
import { ConsultationsRepository, type ConsultationStatusFacts } from './consultations.repository';

/** The public sees a consultation from its publication on; before that it does not exist for them. */
export function isPubliclyVisible(c: Pick<Consultation, 'publishedAt'>, now: Date): boolean {
  return c.publishedAt !== null && c.publishedAt <= now;
}

/** The one place that decides whether a caller may see a consultation (404 otherwise). */
@Injectable()
export class ConsultationVisibility {
  constructor(
    private readonly consultations: ConsultationsRepository,
    private readonly access: Access,
    private readonly clock: Clock,
  ) {}

  /** The consultation and whether the caller is its municipality's staff; 404 when not visible. */
  async require(viewer: AuthUser | undefined, id: string): Promise<{ c: Consultation; staff: boolean }> {
    const c = await this.consultations.findById(id);
    if (!c) throw DomainError.notFound();
    const staff = await this.access.hasStaffRole(viewer, c.municipalityId, ['officer', 'moderator']);
    if (!staff && !isPubliclyVisible(c, this.clock.now())) throw DomainError.notFound();
    return { c, staff };
  }

  /**
   * The same rule for the hot path of a write: only the status columns are read (not the draft),
   * and the staff role is looked up only when the consultation is not public.
   */
  async requireStatusFacts(viewer: AuthUser | undefined, id: string): Promise<ConsultationStatusFacts> {
    const c = await this.consultations.findStatusFacts(id);
    if (!c) throw DomainError.notFound();
    if (!isPubliclyVisible(c, this.clock.now()) && !(await this.access.hasStaffRole(viewer, c.municipalityId, ['officer', 'moderator']))) throw DomainError.notFound();
    return c;
  }
}
