import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { requireLocale, toLocalized } from '../common/localized-text';
import { Tx } from '../database/transaction';
import { MinutesDto, PublishMinutesDto, SaveMinutesDto } from './dto/minutes.dto';
import { MeetingAccess, MeetingView } from './meeting-access';
import type { MeetingMinutes, MinutesDecision, MinutesDraft } from './meeting.entity';
import { MeetingsRepository } from './meetings.repository';

/**
 * Minutes: an officer writes a draft (multilingual Markdown, decisions, attendance) and
 * publishes it as an immutable version; a later publication is a new version with a note.
 * Minutes of a private body's meeting are seen only by its members and the municipality's staff.
 */
@Injectable()
export class MinutesService {
  constructor(
    private readonly repo: MeetingsRepository,
    private readonly meetingAccess: MeetingAccess,
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async get(viewer: AuthUser | undefined, meetingId: string, version?: number): Promise<MinutesDto> {
    const view = await this.meetingAccess.require(viewer, meetingId);
    return this.view(view, version);
  }

  save(actor: AuthUser, meetingId: string, dto: SaveMinutesDto): Promise<MinutesDto> {
    return this.tx.run(async () => {
      const { meeting, municipality: m } = await this.meetingAccess.requireOfficer(actor, meetingId);
      const L = m.defaultLocale;
      const decisions: MinutesDecision[] = (dto.decisions ?? []).map((d, i) => {
        const text = toLocalized(d.text, L);
        requireLocale(text, L, `decisions.${i}.text`);
        return { text, responsible: d.responsible || null, due: d.due ?? null };
      });
      const before = meeting.minutesDraft;
      const draft: MinutesDraft = { text: toLocalized(dto.text, L), decisions, attendeesCount: dto.attendeesCount ?? null, updatedAt: this.clock.now().toISOString(), updatedBy: actor.id };
      meeting.minutesDraft = draft;
      await this.repo.save(meeting);
      await this.audit.record({ actorId: actor.id, action: 'minutes.save', entityType: 'meeting', entityId: meetingId, municipalityId: meeting.municipalityId, before, after: draft });
      return this.view(await this.meetingAccess.viewOf(actor, meeting));
    });
  }

  publish(actor: AuthUser, meetingId: string, dto: PublishMinutesDto): Promise<MinutesDto> {
    return this.tx.run(async () => {
      const { meeting, municipality: m } = await this.meetingAccess.requireOfficer(actor, meetingId);
      const now = this.clock.now();
      if (now < meeting.startsAt) throw new DomainError('meeting_not_started', { startsAt: meeting.startsAt.toISOString() });
      const draft = meeting.minutesDraft;
      if (!draft?.text[m.defaultLocale]?.trim()) throw new DomainError('minutes_empty', { locale: m.defaultLocale });
      const version = meeting.minutesVersion + 1;
      if (version > 1 && !dto.note) throw new DomainError('correction_note_required');
      await this.repo.addMinutes({ meetingId, version, text: draft.text, decisions: draft.decisions, attendeesCount: draft.attendeesCount, note: dto.note || null, publishedBy: actor.id, publishedAt: now });
      meeting.minutesVersion = version;
      meeting.minutesPublishedAt = now;
      await this.repo.save(meeting);
      await this.audit.record({ actorId: actor.id, action: version === 1 ? 'minutes.publish' : 'minutes.republish', entityType: 'meeting', entityId: meetingId, municipalityId: meeting.municipalityId, after: { version, note: dto.note ?? null } });
      return this.view(await this.meetingAccess.viewOf(actor, meeting));
    });
  }

  private async view(v: MeetingView, version?: number): Promise<MinutesDto> {
    const versions = await this.repo.minutesVersions(v.meeting.id);
    const chosen = version === undefined ? versions[versions.length - 1] : versions.find((x) => x.version === version);
    if (version !== undefined && !chosen) throw DomainError.notFound();
    const d = v.officer ? v.meeting.minutesDraft : null;
    return {
      meetingId: v.meeting.id,
      draft: d ? { text: d.text, decisions: d.decisions, attendeesCount: d.attendeesCount, updatedAt: d.updatedAt } : null,
      published: chosen ? toVersionDto(chosen) : null,
      versions: versions.map((x) => ({ version: x.version, note: x.note, publishedAt: x.publishedAt.toISOString() })),
    };
  }
}

function toVersionDto(x: MeetingMinutes) {
  return { version: x.version, text: x.text, decisions: x.decisions, attendeesCount: x.attendeesCount, note: x.note, publishedAt: x.publishedAt.toISOString() };
}
