import { Injectable } from '@nestjs/common';
import type { PublicBody } from '../bodies/body.entity';
import { BodiesRepository } from '../bodies/bodies.repository';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import type { Municipality } from '../municipalities/municipality.entity';
import type { MeetingCanDto } from '../policy/can.dto';
import { meetingPolicy, type MeetingFacts } from '../policy/meeting.policy';
import { Policy } from '../policy/policy.service';
import type { Meeting } from './meeting.entity';
import { MeetingsRepository } from './meetings.repository';
import { meetingFacts } from './policy-facts';

export interface MeetingView {
  meeting: Meeting;
  municipality: Municipality;
  body: PublicBody | null;
  /** staff of the host municipality (or an admin) */
  staff: boolean;
  /** an officer of the host municipality (or an admin): may manage it */
  officer: boolean;
  /** a member of the body that meets (an accepted term that gives rights) */
  member: boolean;
  /** every action's flag (`meetingPolicy`) */
  can: MeetingCanDto;
}

/** A meeting as the caller sees it; the decisions are `meetingPolicy`'s, asked through `Policy`. */
@Injectable()
export class MeetingAccess {
  constructor(
    private readonly meetings: MeetingsRepository,
    private readonly bodies: BodiesRepository,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly policy: Policy,
    private readonly clock: Clock,
  ) {}

  /** The caller's view of a meeting, as it is now (its body may just have changed). */
  async viewOf(viewer: AuthUser | undefined, meeting: Meeting): Promise<MeetingView> {
    const municipality = (await this.municipalities.findById(meeting.municipalityId))!;
    const body = meeting.bodyId ? await this.bodies.findById(meeting.bodyId) : null;
    const facts = await meetingFacts(meeting, this.meetings, this.bodies);
    const s = await this.policy.standing(viewer);
    const now = this.clock.now();
    return {
      meeting,
      municipality,
      body,
      staff: meetingPolicy.can(s, facts, 'inspect', now),
      officer: meetingPolicy.can(s, facts, 'manage', now),
      member: meeting.bodyId !== null && s.bodyTerms.has(meeting.bodyId),
      can: Object.fromEntries(meetingPolicy.actions.map((a) => [a, meetingPolicy.can(s, facts, a, now)])) as unknown as MeetingCanDto,
    };
  }

  /** 404 when unknown or not visible to the caller. */
  async require(viewer: AuthUser | undefined, id: string): Promise<MeetingView> {
    return this.viewOf(viewer, await this.policy.require(viewer, 'meeting', id, 'view'));
  }

  /** Locks the meeting for the rest of the transaction; 404 when unknown (no visibility check). */
  async lock(id: string): Promise<Meeting> {
    const meeting = await this.meetings.findForUpdate(id);
    if (!meeting) throw DomainError.notFound();
    return meeting;
  }

  /**
   * For writes: the meeting (locked unless `lock` is false) and its municipality; 404 when unknown
   * or not visible to the caller, 403 when visible but the caller may not manage it.
   */
  async requireOfficer(actor: AuthUser, id: string, lock = true): Promise<{ meeting: Meeting & MeetingFacts; municipality: Municipality }> {
    const meeting = await this.policy.require(actor, 'meeting', id, 'manage', { lock });
    return { meeting, municipality: (await this.municipalities.findById(meeting.municipalityId))! };
  }
}
