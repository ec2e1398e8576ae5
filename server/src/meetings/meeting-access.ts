import { Injectable } from '@nestjs/common';
import { BodyAccess, mayView } from '../bodies/body-access';
import { BodiesRepository } from '../bodies/bodies.repository';
import type { PublicBody } from '../bodies/body.entity';
import { Access } from '../common/access';
import type { AuthUser } from '../common/auth-user';
import { DomainError } from '../common/domain-error';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import type { Municipality } from '../municipalities/municipality.entity';
import type { Meeting } from './meeting.entity';
import { MeetingsRepository } from './meetings.repository';

export interface MeetingView {
  meeting: Meeting;
  municipality: Municipality;
  body: PublicBody | null;
  /** staff of the host municipality */
  staff: boolean;
  /** an officer of the host municipality: may manage it */
  officer: boolean;
  /** a member of the (private) body that meets, who accepted the invitation */
  member: boolean;
}

/**
 * The one place that decides whether a caller may see a meeting: everyone, unless the body that
 * meets is private — then its members and the municipality's staff; 404 for others.
 */
@Injectable()
export class MeetingAccess {
  constructor(
    private readonly meetings: MeetingsRepository,
    private readonly bodies: BodiesRepository,
    private readonly bodyAccess: BodyAccess,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly access: Access,
  ) {}

  async viewOf(viewer: AuthUser | undefined, meeting: Meeting): Promise<MeetingView> {
    const municipality = (await this.municipalities.findById(meeting.municipalityId))!;
    const body = meeting.bodyId ? await this.bodies.findById(meeting.bodyId) : null;
    const officer = await this.access.hasStaffRole(viewer, meeting.municipalityId, ['officer']);
    const staff = officer || (await this.access.hasStaffRole(viewer, meeting.municipalityId, ['moderator']));
    const member = !!viewer && !!body && (await this.bodies.hasAcceptedOpenTerm(body.id, viewer.id, this.bodyAccess.today(municipality)));
    return { meeting, municipality, body, staff, officer, member };
  }

  static visible(v: MeetingView): boolean {
    return !v.body || mayView(v.body, v);
  }

  async require(viewer: AuthUser | undefined, id: string): Promise<MeetingView> {
    const meeting = await this.meetings.findById(id);
    if (!meeting) throw DomainError.notFound();
    const view = await this.viewOf(viewer, meeting);
    if (!MeetingAccess.visible(view)) throw DomainError.notFound();
    return view;
  }

  /** Locks the meeting for the rest of the transaction; 404 when unknown. */
  async lock(id: string): Promise<Meeting> {
    const meeting = await this.meetings.findForUpdate(id);
    if (!meeting) throw DomainError.notFound();
    return meeting;
  }

  /**
   * For writes: the (locked) meeting and its municipality; 404 when unknown or not visible to the
   * caller (a private body's meeting, another municipality), 403 when visible but the caller is not
   * an officer there.
   */
  async requireOfficer(actor: AuthUser, id: string, lock = true): Promise<{ meeting: Meeting; municipality: Municipality }> {
    const meeting = lock ? await this.meetings.findForUpdate(id) : await this.meetings.findById(id);
    if (!meeting) throw DomainError.notFound();
    const view = await this.viewOf(actor, meeting);
    if (!MeetingAccess.visible(view)) throw DomainError.notFound();
    if (!view.officer) throw DomainError.forbidden();
    return { meeting, municipality: view.municipality };
  }
}
