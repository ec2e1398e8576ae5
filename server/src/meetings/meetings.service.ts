import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { bodyPolicy } from '../policy/body.policy';
import { meetingPolicy } from '../policy/meeting.policy';
import { Policy } from '../policy/policy.service';
import { ANONYMOUS } from '../policy/standing';
import { BodiesRepository } from '../bodies/bodies.repository';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import type { FieldProblem } from '../common/field-errors';
import { Locale, localize } from '../common/locale';
import { requireLocale, toLocalized } from '../common/localized-text';
import { Page, decodeCursor, pageLimit, toPage } from '../common/pagination';
import { Access } from '../policy/access';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { Tx } from '../database/transaction';
import { MailService } from '../mail/mail.service';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import type { Municipality } from '../municipalities/municipality.entity';
import { registrationClosedReason, seatsLeft } from './registration-rules';
import { RegistrationsService } from './registrations.service';
import { CreateMeetingDto, FeedQuery, MeetingDto, MeetingListQuery, MeetingSummaryDto, RegistrationStateDto, UpdateMeetingDto } from './dto/meeting.dto';
import { formatWhen } from './format';
import { CalendarEvent, formatCalendar } from './icalendar';
import { DEFAULT_TIME_ZONE, meetingEvents } from './meeting-calendar';
import { MeetingAccess, MeetingView } from './meeting-access';
import { MAX_MEETING_DAYS, meetingDays } from './meeting-days';
import type { Meeting, ProgrammeItem } from './meeting.entity';
import { MeetingsRepository } from './meetings.repository';

const FEED_NAME: Record<Locale, string> = { bg: 'Събор: срещи', en: 'Sabor: meetings', mk: 'Собор: средби' };

@Injectable()
export class MeetingsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: MeetingsRepository,
    private readonly meetingAccess: MeetingAccess,
    private readonly policy: Policy,
    private readonly bodies: BodiesRepository,
    private readonly registrations: RegistrationsService,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly access: Access,
    private readonly mail: MailService,
  ) {}

  // ---- reading -------------------------------------------------------------------------------

  async list(viewer: AuthUser | undefined, q: MeetingListQuery): Promise<Page<MeetingSummaryDto>> {
    const limit = pageLimit(q);
    const after = decodeCursor(q.cursor, 2) as [string, string] | undefined;
    let municipalityId: string | undefined;
    if (q.municipality) {
      const m = await this.municipalities.findByRef(q.municipality);
      if (!m) return { items: [], nextCursor: null };
      municipalityId = m.id;
    }
    const visible = await this.policy.sql(viewer, meetingPolicy, 'view', 'm');
    const now = this.clock.now();
    const rows = await this.repo.list(
      { municipalityId, withPartnered: q.partnered === 'true', bodyId: q.body, kind: q.kind, from: q.from, to: q.to, visible, now, order: q.order ?? 'asc' },
      limit + 1,
      after,
    );
    const counts = await this.repo.counts(rows.map((r) => r.id));
    return toPage(rows, limit, (r) => this.summary(r, r.municipalitySlug, r.timeZone, counts.get(r.id)!.registered, now), (r) => [r.startsAt.toISOString(), r.id]);
  }

  async get(viewer: AuthUser | undefined, id: string): Promise<MeetingDto> {
    return this.detail(await this.meetingAccess.require(viewer, id));
  }

  // ---- writing -------------------------------------------------------------------------------

  create(actor: AuthUser, dto: CreateMeetingDto): Promise<MeetingDto> {
    return this.tx.run(async () => {
      const m = await this.municipalities.findByRef(dto.municipalityId);
      if (!m) throw DomainError.validation([{ field: 'municipalityId', code: 'unknown_municipality' }]);
      await this.access.requireStaff(actor, m.id, ['officer']);
      const meeting = this.repo.create({
        municipalityId: m.id, kind: dto.kind, status: 'scheduled', bodyId: null, description: {}, location: {}, onlineUrl: null, capacity: null, programme: [],
        registrationOpen: false, registrationOpensAt: null, registrationClosesAt: null, requireApproval: false, minutesDraft: null, minutesVersion: 0, minutesPublishedAt: null, createdBy: actor.id,
      });
      await this.apply(meeting, dto, m, true);
      const saved = await this.repo.save(meeting);
      const partners = await this.resolvePartners(dto.partnerMunicipalityIds ?? [], m);
      await this.repo.replacePartners(saved.id, partners);
      await this.audit.record({ actorId: actor.id, action: 'meeting.create', entityType: 'meeting', entityId: saved.id, municipalityId: m.id, after: { ...snapshot(saved), partnerMunicipalityIds: partners } });
      return this.detail(await this.meetingAccess.viewOf(actor, saved));
    });
  }

  /** Any field; a larger capacity moves people up from the waiting list; cancelling tells the registrants. */
  update(actor: AuthUser, id: string, dto: UpdateMeetingDto): Promise<MeetingDto> {
    return this.tx.run(async () => {
      const { meeting, municipality: m } = await this.meetingAccess.requireOfficer(actor, id);
      const before = { ...snapshot(meeting), partnerMunicipalityIds: (await this.repo.partners(id)).map((p) => p.id) };
      if (dto.kind) meeting.kind = dto.kind;
      await this.apply(meeting, dto, m, dto.bodyId !== undefined && dto.bodyId !== meeting.bodyId);
      const cancelling = dto.status === 'cancelled' && meeting.status !== 'cancelled';
      if (dto.status) meeting.status = dto.status;
      meeting.revision += 1; // calendars that imported the meeting take the change (SEQUENCE)
      const saved = await this.repo.save(meeting);
      let partners = before.partnerMunicipalityIds;
      if (dto.partnerMunicipalityIds) {
        partners = await this.resolvePartners(dto.partnerMunicipalityIds, m);
        await this.repo.replacePartners(id, partners);
      }
      const promoted = await this.registrations.promote(saved);
      if (cancelling) await this.tellCancelled(saved, m);
      await this.audit.record({ actorId: actor.id, action: cancelling ? 'meeting.cancel' : 'meeting.update', entityType: 'meeting', entityId: id, municipalityId: m.id, before, after: { ...snapshot(saved), partnerMunicipalityIds: partners, ...(promoted.length ? { promotedFromWaitingList: promoted } : {}) } });
      return this.detail(await this.meetingAccess.viewOf(actor, saved));
    });
  }

  // ---- iCalendar -----------------------------------------------------------------------------

  async ics(viewer: AuthUser | undefined, id: string, locale: Locale): Promise<{ body: string; lastModified: Date }> {
    const view = await this.meetingAccess.require(viewer, id);
    const body = formatCalendar({ productId: this.productId(), timeZone: view.municipality.timeZone, events: meetingEvents(view.meeting, view.municipality, locale, this.config.publicUrl) });
    return { body, lastModified: view.meeting.updatedAt };
  }

  /** Upcoming public meetings of a municipality or a body, for calendar subscriptions. */
  async feed(q: FeedQuery, locale: Locale): Promise<{ body: string; lastModified: Date | null }> {
    let m: Municipality | null = null;
    if (q.municipality) {
      m = await this.municipalities.findByRef(q.municipality);
      if (!m) throw DomainError.notFound();
    }
    let bodyName = '';
    if (q.body) {
      const body = await this.bodies.findById(q.body);
      if (!body || !bodyPolicy.isPublic(body, this.clock.now())) throw DomainError.notFound();
      bodyName = localize(body.name, locale);
    }
    const now = this.clock.now();
    const rows = await this.repo.list({ municipalityId: m?.id, bodyId: q.body, visible: meetingPolicy.sql(ANONYMOUS, 'view', now, 'm'), now, order: 'asc', upcoming: true }, 500);
    const zones = new Map<string, Municipality>();
    const events: CalendarEvent[] = [];
    for (const r of rows) {
      if (!zones.has(r.municipalityId)) zones.set(r.municipalityId, (await this.municipalities.findById(r.municipalityId))!);
      events.push(...meetingEvents(r, zones.get(r.municipalityId)!, locale, this.config.publicUrl));
    }
    const name = [FEED_NAME[locale], m ? localize(m.name, locale) : '', bodyName].filter(Boolean).join(' — ');
    const timeZone = m?.timeZone ?? [...zones.values()][0]?.timeZone ?? DEFAULT_TIME_ZONE;
    const body = formatCalendar({ productId: this.productId(), name, refreshMinutes: 60, timeZone, events });
    const lastModified = rows.reduce<Date | null>((latest, r) => (!latest || r.updatedAt > latest ? r.updatedAt : latest), null);
    return { body, lastModified };
  }

  private productId(): string {
    return '-//Sabor//Meetings//BG';
  }

  // ---- helpers -------------------------------------------------------------------------------

  private async tellCancelled(meeting: Meeting, m: Municipality): Promise<void> {
    const active = await this.registrations.activeWithEmail(meeting.id);
    for (const r of active) {
      await this.mail.send(r.email!, 'meetingCancelled', r.locale, { name: r.name, meeting: localize(meeting.title, r.locale, m.defaultLocale), when: formatWhen(meeting.startsAt, meeting.endsAt, m.timeZone, r.locale), link: `${this.config.publicUrl}/meetings/${meeting.id}` });
    }
  }

  private async resolvePartners(refs: string[], host: Municipality): Promise<string[]> {
    const ids = new Set<string>();
    for (const ref of refs) {
      const p = await this.municipalities.findByRef(ref);
      if (!p) throw DomainError.validation([{ field: 'partnerMunicipalityIds', code: 'unknown_partner', params: { ref } }]);
      if (p.id !== host.id) ids.add(p.id);
    }
    return [...ids];
  }

  /** Applies and checks the fields; the whole meeting must make sense afterwards. */
  private async apply(meeting: Meeting, dto: Partial<CreateMeetingDto & UpdateMeetingDto>, m: Municipality, checkBody: boolean): Promise<void> {
    const L = m.defaultLocale;
    const errors: FieldProblem[] = [];
    if (dto.title !== undefined) {
      meeting.title = toLocalized(dto.title, L);
      requireLocale(meeting.title, L, 'title');
    }
    if (dto.description !== undefined) meeting.description = toLocalized(dto.description, L);
    if (dto.location !== undefined) meeting.location = toLocalized(dto.location, L);
    if (dto.onlineUrl !== undefined) meeting.onlineUrl = dto.onlineUrl;
    if (dto.capacity !== undefined) meeting.capacity = dto.capacity;
    if (dto.startsAt !== undefined) meeting.startsAt = new Date(dto.startsAt);
    if (dto.endsAt !== undefined) meeting.endsAt = new Date(dto.endsAt);
    if (dto.bodyId !== undefined) meeting.bodyId = dto.bodyId;
    if (dto.registration) {
      const r = dto.registration;
      if (r.open !== undefined) meeting.registrationOpen = r.open;
      if (r.opensAt !== undefined) meeting.registrationOpensAt = r.opensAt ? new Date(r.opensAt) : null;
      if (r.closesAt !== undefined) meeting.registrationClosesAt = r.closesAt ? new Date(r.closesAt) : null;
      if (r.requireApproval !== undefined) meeting.requireApproval = r.requireApproval;
    }
    if (!(meeting.endsAt > meeting.startsAt)) errors.push({ field: 'endsAt', code: 'meeting_ends_before_start' });
    const days = meeting.endsAt > meeting.startsAt ? meetingDays(meeting.startsAt, meeting.endsAt, m.timeZone) : [];
    if (days.length > MAX_MEETING_DAYS) errors.push({ field: 'endsAt', code: 'meeting_too_long', params: { max: MAX_MEETING_DAYS } });
    if (!Object.keys(meeting.location).length && !meeting.onlineUrl) errors.push({ field: 'location', code: 'location_missing' });
    if (meeting.registrationOpensAt && meeting.registrationClosesAt && meeting.registrationClosesAt < meeting.registrationOpensAt) errors.push({ field: 'registration.closesAt', code: 'registration_closes_before_opens' });
    if (dto.programme !== undefined) {
      meeting.programme = dto.programme.map(
        (p): ProgrammeItem => ({ day: p.day, startsAt: p.startsAt ? new Date(p.startsAt).toISOString() : null, endsAt: p.endsAt ? new Date(p.endsAt).toISOString() : null, title: toLocalized(p.title, L), description: toLocalized(p.description, L) }),
      );
      meeting.programme.forEach((p, i) => requireLocale(p.title, L, `programme.${i}.title`));
      meeting.programme.sort((a, b) => (a.day !== b.day ? (a.day < b.day ? -1 : 1) : (a.startsAt ?? '') < (b.startsAt ?? '') ? -1 : (a.startsAt ?? '') > (b.startsAt ?? '') ? 1 : 0));
    }
    if (days.length) {
      meeting.programme.forEach((p, i) => {
        if (!days.includes(p.day)) errors.push({ field: `programme.${i}.day`, code: 'not_a_meeting_day', params: { first: days[0], last: days[days.length - 1] } });
        if (p.startsAt && p.endsAt && p.endsAt < p.startsAt) errors.push({ field: `programme.${i}.endsAt`, code: 'ends_before_start' });
      });
    }
    if (meeting.kind === 'body_meeting' && !meeting.bodyId) errors.push({ field: 'bodyId', code: 'body_required' });
    if (checkBody && meeting.bodyId) {
      const body = await this.bodies.findById(meeting.bodyId);
      if (!body || body.municipalityId !== m.id) errors.push({ field: 'bodyId', code: 'not_a_body' });
      else if (body.status === 'dissolved' && !errors.length) throw new DomainError('body_dissolved');
    }
    if (errors.length) throw DomainError.validation(errors);
  }

  private registrationState(meeting: Meeting, now: Date): RegistrationStateDto {
    const closedReason = registrationClosedReason({ ...meeting, cancelled: meeting.status === 'cancelled' }, now);
    return {
      open: meeting.registrationOpen,
      opensAt: meeting.registrationOpensAt?.toISOString() ?? null,
      closesAt: meeting.registrationClosesAt?.toISOString() ?? null,
      requireApproval: meeting.requireApproval,
      isOpen: closedReason === null,
      closedReason,
    };
  }

  private summary(meeting: Meeting, municipalitySlug: string, timeZone: string, registered: number, now: Date): MeetingSummaryDto {
    return {
      id: meeting.id,
      municipalityId: meeting.municipalityId,
      municipalitySlug,
      bodyId: meeting.bodyId,
      kind: meeting.kind,
      title: meeting.title,
      startsAt: meeting.startsAt.toISOString(),
      endsAt: meeting.endsAt.toISOString(),
      days: meetingDays(meeting.startsAt, meeting.endsAt, timeZone),
      location: meeting.location,
      onlineUrl: meeting.onlineUrl,
      status: meeting.status,
      capacity: meeting.capacity,
      seatsLeft: seatsLeft(meeting.capacity, registered),
      registration: this.registrationState(meeting, now),
    };
  }

  private async detail(view: MeetingView): Promise<MeetingDto> {
    const { meeting, municipality: m, body } = view;
    const counts = (await this.repo.counts([meeting.id])).get(meeting.id)!;
    const partners = await this.repo.partners(meeting.id);
    return {
      can: view.can,
      ...this.summary(meeting, m.slug, m.timeZone, counts.registered, this.clock.now()),
      body: body ? { id: body.id, name: body.name, kind: body.kind, visibility: body.visibility } : null,
      description: meeting.description,
      programme: meeting.programme,
      partnerMunicipalityIds: partners.map((p) => p.id),
      partners,
      counts,
      minutes: meeting.minutesVersion > 0 && meeting.minutesPublishedAt ? { version: meeting.minutesVersion, publishedAt: meeting.minutesPublishedAt.toISOString() } : null,
      canManage: view.officer,
      icsUrl: `${this.config.publicUrl}/api/meetings/${meeting.id}.ics`,
      createdAt: meeting.createdAt.toISOString(),
      updatedAt: meeting.updatedAt.toISOString(),
    };
  }
}

function snapshot(m: Meeting): Record<string, unknown> {
  return {
    bodyId: m.bodyId,
    kind: m.kind,
    title: m.title,
    description: m.description,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    location: m.location,
    onlineUrl: m.onlineUrl,
    capacity: m.capacity,
    registration: { open: m.registrationOpen, opensAt: m.registrationOpensAt, closesAt: m.registrationClosesAt, requireApproval: m.requireApproval },
    programme: m.programme,
    status: m.status,
  };
}
