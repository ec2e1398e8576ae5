import { Injectable } from '@nestjs/common';
import { Access } from '../common/access';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { localDateOf } from '../consultations/zoned-time';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import type { Municipality } from '../municipalities/municipality.entity';
import type { PublicBody } from './body.entity';
import { BodiesRepository } from './bodies.repository';

export interface BodyView {
  body: PublicBody;
  municipality: Municipality;
  /** staff of the body's municipality */
  staff: boolean;
  /** a member whose term is current or yet to begin, and who accepted the invitation */
  member: boolean;
}

/** True for everyone on a public body; on a private one, for its members and its municipality's staff. */
export function mayView(body: Pick<PublicBody, 'visibility'>, who: { staff: boolean; member: boolean }): boolean {
  return body.visibility === 'public' || who.staff || who.member;
}

/** The one place that decides whether a caller may see a body (404 otherwise). */
@Injectable()
export class BodyAccess {
  constructor(
    private readonly bodies: BodiesRepository,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly access: Access,
    private readonly clock: Clock,
  ) {}

  /** "today" in the body's municipality */
  today(m: Municipality): string {
    return localDateOf(this.clock.now(), m.timeZone);
  }

  async viewOf(viewer: AuthUser | undefined, body: PublicBody): Promise<BodyView> {
    const municipality = (await this.municipalities.findById(body.municipalityId))!;
    const staff = await this.access.hasStaffRole(viewer, body.municipalityId, ['officer', 'moderator']);
    const member = !!viewer && (await this.bodies.hasAcceptedOpenTerm(body.id, viewer.id, this.today(municipality)));
    return { body, municipality, staff, member };
  }

  async require(viewer: AuthUser | undefined, id: string): Promise<BodyView> {
    const body = await this.bodies.findById(id);
    if (!body) throw DomainError.notFound();
    const view = await this.viewOf(viewer, body);
    if (!mayView(body, view)) throw DomainError.notFound();
    return view;
  }

  /**
   * For a write by the municipality's officers: 404 when the caller may not see the body (unknown,
   * or private and theirs is another municipality), 403 when they see it but are not an officer
   * there. `lock` takes the row for the rest of the transaction.
   */
  async requireOfficer(actor: AuthUser, id: string, options: { lock?: boolean } = {}): Promise<BodyView> {
    const body = options.lock ? await this.bodies.findForUpdate(id) : await this.bodies.findById(id);
    if (!body) throw DomainError.notFound();
    const view = await this.viewOf(actor, body);
    if (!mayView(body, view)) throw DomainError.notFound();
    await this.access.requireStaff(actor, body.municipalityId, ['officer']);
    return view;
  }
}
