import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { createHmac, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { AuditService } from '../audit/audit.service';
import { hashSecret } from '../common/secrets';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { Locale, LOCALES, localize } from '../common/locale';
import { PersonalData } from '../common/personal-data';
import { Page, decodeCursor, pageLimit, toPage } from '../common/pagination';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { Tx } from '../database/transaction';
import { MailService } from '../mail/mail.service';
import type { RegistrationVars } from '../mail/templates';
import { formatWhen, formatWhere } from './format';
import { checkInDay, meetingDays } from './meeting-days';
import { MeetingAccess } from './meeting-access';
import { Policy } from '../policy/policy.service';
import type { Meeting } from './meeting.entity';
import { CATEGORY_LABELS } from './participation';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import type { Municipality } from '../municipalities/municipality.entity';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { csvLine } from '../common/csv';
import { formatCode, newRegistrationCode, normalizeCode } from './code';
import { CancelResultDto, CheckInDto, CheckInResultDto, CreateRegistrationDto, MyRegistrationDto, RegistrationCreatedDto, RegistrationDto, RegistrationListQuery } from './dto/registration.dto';
import type { Registration } from './registration.entity';
import { canCancel, registrantName, registrationClosedReason, statusOnApproval, statusOnRegistering, toPromote } from './registration-rules';
import { RegistrationRow, RegistrationsRepository } from './registrations.repository';

const STATUS_LABELS: Record<string, Record<Locale, string>> = {
  registered: { bg: 'регистриран', en: 'registered', mk: 'регистриран' },
  waitlisted: { bg: 'в листата на чакащите', en: 'waiting list', mk: 'на листата на чекање' },
  pending: { bg: 'чака одобрение', en: 'awaiting approval', mk: 'чека одобрување' },
  rejected: { bg: 'отхвърлен', en: 'rejected', mk: 'одбиен' },
  cancelled: { bg: 'отказан', en: 'cancelled', mk: 'откажан' },
};

/** The CSV's header: stable names whatever the reader's language; status and category as codes with their labels per language. */
const CSV_COLUMNS = ['number', 'code', 'status', 'status_bg', 'status_en', 'status_mk', 'name', 'email', 'settlement', 'country', 'organization', 'category', 'category_bg', 'category_en', 'category_mk', 'walk_in', 'registered_at', 'days_attended'];

@Injectable()
export class RegistrationsService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: RegistrationsRepository,
    private readonly meetingAccess: MeetingAccess,
    private readonly policy: Policy,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly personalData: PersonalData,
  ) {}

  onModuleInit(): void {
    this.personalData.register({ key: 'registrations', export: (userId) => this.exportOf(userId), erase: (userId) => this.forget(userId) });
  }

  /** For the account export: every registration of the account, as the registrant gave it. */
  private async exportOf(userId: string): Promise<unknown[]> {
    return this.repo.exportOfUser(userId);
  }

  /**
   * The account is being deleted: places at meetings still to come are given up (the waiting list
   * moves up), and every registration loses the name, e-mail and link to the account. Settlement,
   * country and category stay, so past participation reports keep their figures.
   */
  private async forget(userId: string): Promise<void> {
    const now = this.clock.now();
    const rows = await this.repo.activeOfUser(userId);
    for (const row of rows) {
      const meeting = await this.meetingAccess.lock(row.meeting_id);
      const r = (await this.repo.findById(row.id))!;
      const attended = (await this.repo.days(r.id)).length > 0;
      if (canCancel(r.status, attended, meeting.endsAt, now)) await this.cancel(r, meeting, null);
    }
    await this.repo.eraseUser(userId);
  }

  /**
   * Anyone registers (a guest gives a name and an e-mail); an officer at the door may register a
   * walk-in and check them in at once. The meeting row is locked, so the capacity holds under
   * concurrent registrations.
   */
  register(viewer: AuthUser | undefined, meetingId: string, dto: CreateRegistrationDto, locale: Locale): Promise<RegistrationCreatedDto> {
    return this.tx.run(async () => {
      const meeting = await this.policy.require(viewer, 'meeting', meetingId, 'view', { lock: true });
      const view = await this.meetingAccess.viewOf(viewer, meeting);
      const m = view.municipality;
      const now = this.clock.now();
      const walkIn = dto.walkIn === true;
      let day: string | null = null;
      if (walkIn) {
        if (!view.officer) throw DomainError.forbidden();
        if (meeting.status === 'cancelled') throw new DomainError('registration_closed', { reason: 'cancelled' });
        day = this.dayFor(meeting, m, now, dto.day).day;
      } else {
        if (dto.day !== undefined) throw DomainError.validation([{ field: 'day', code: 'only_for_walk_ins' }]);
        const reason = registrationClosedReason({ ...meeting, cancelled: meeting.status === 'cancelled' }, now);
        if (reason) throw new DomainError('registration_closed', { reason });
      }
      const self = viewer && !walkIn ? viewer : undefined;
      const name = dto.name ?? self?.displayName;
      const email = dto.email ?? self?.email ?? null;
      const missing = [...(name ? [] : ['name']), ...(email || walkIn ? [] : ['email'])];
      if (missing.length) throw DomainError.validation(missing.map((field) => ({ field, code: 'isNotEmpty' as const })));
      if (!walkIn) {
        const existing = (self ? await this.repo.findActive(meetingId, { userId: self.id }) : null) ?? (await this.repo.findActive(meetingId, { email }));
        if (existing) throw new DomainError('already_registered', { status: existing.status });
      }
      let homeMunicipalityId: string | null = null;
      if (dto.homeMunicipalityId) {
        const home = await this.municipalities.findByRef(dto.homeMunicipalityId);
        if (!home) throw DomainError.validation([{ field: 'homeMunicipalityId', code: 'unknown_municipality' }]);
        homeMunicipalityId = home.id;
      }
      let organizationName = dto.organizationName || null;
      if (dto.organizationId) {
        const org = await this.organizations.findById(dto.organizationId);
        if (!org) throw DomainError.validation([{ field: 'organizationId', code: 'unknown_organisation' }]);
        organizationName ??= org.name;
      }
      const status = walkIn ? 'registered' : statusOnRegistering({ requireApproval: meeting.requireApproval, capacity: meeting.capacity, registered: await this.repo.countRegistered(meetingId) });
      const id = randomUUID();
      const r = await this.repo.save(
        this.repo.create({
          id,
          meetingId,
          userId: self?.id ?? null,
          name: name!,
          email,
          homeSettlement: dto.homeSettlement,
          homeMunicipalityId,
          country: dto.country,
          organizationId: dto.organizationId ?? null,
          organizationName,
          category: dto.category,
          status,
          code: await this.uniqueCode(meetingId),
          cancelTokenHash: email ? hashSecret(this.cancelToken(id)) : null,
          walkIn,
          locale: self?.locale ?? locale,
          registeredBy: walkIn ? viewer!.id : null,
          registeredAt: now,
        }),
      );
      const days: string[] = [];
      if (walkIn) {
        await this.repo.addCheckIn({ registrationId: r.id, day: day!, meetingId, at: now, checkedInBy: viewer!.id });
        days.push(day!);
        await this.audit.record({ actorId: viewer!.id, action: 'registration.walk_in', entityType: 'meeting', entityId: meetingId, municipalityId: meeting.municipalityId, after: { registrationId: r.id, code: r.code, name: r.name, day } });
      } else if (email) {
        await this.mail.send(email, 'registrationReceived', r.locale, { ...this.mailVars(r, meeting, m), status: status as 'registered' }, { qr: status === 'registered' ? this.qr(r) : undefined });
      }
      return { id: r.id, meetingId, code: r.code, status: r.status, waitlistPosition: r.status === 'waitlisted' ? await this.repo.waitlistPosition(r) : null, checkedInDays: days };
    });
  }

  /** With the link from the e-mail: cancels, and the first on the waiting list moves up. Again: no change. */
  cancelByToken(token: string): Promise<CancelResultDto> {
    return this.tx.run(async () => {
      const found = await this.repo.findByTokenHash(hashSecret(token));
      if (!found) throw new DomainError('invalid_token');
      const meeting = await this.meetingAccess.lock(found.meetingId);
      const r = (await this.repo.findById(found.id))!;
      if (r.status !== 'cancelled') await this.cancel(r, meeting, null);
      return { id: r.id, meetingId: r.meetingId, status: 'cancelled' };
    });
  }

  /** The registrant (signed in) or an officer of the meeting's municipality. */
  cancelById(actor: AuthUser, id: string): Promise<CancelResultDto> {
    return this.tx.run(async () => {
      // 404 unless it is the caller's or they manage the meeting
      const found = await this.policy.require(actor, 'registration', id, 'cancel');
      const meeting = await this.meetingAccess.lock(found.meetingId);
      const officer = found.userId !== actor.id;
      const r = (await this.repo.findById(id))!;
      if (r.status !== 'cancelled') await this.cancel(r, meeting, officer ? actor : null);
      return { id: r.id, meetingId: r.meetingId, status: 'cancelled' };
    });
  }

  private async cancel(r: Registration, meeting: Meeting, officer: AuthUser | null): Promise<void> {
    const now = this.clock.now();
    const attended = (await this.repo.days(r.id)).length > 0;
    if (!canCancel(r.status, attended, meeting.endsAt, now)) throw new DomainError('registration_not_cancellable', { status: r.status, attended });
    const before = r.status;
    r.status = 'cancelled';
    r.cancelledAt = now;
    await this.repo.save(r);
    const promoted = before === 'registered' ? await this.promote(meeting) : [];
    if (officer) await this.audit.record({ actorId: officer.id, action: 'registration.cancel', entityType: 'meeting', entityId: meeting.id, municipalityId: meeting.municipalityId, before: { registrationId: r.id, status: before }, after: { status: 'cancelled', promoted } });
  }

  /**
   * Fills free places from the waiting list, first come first, and tells each person by e-mail.
   * The caller holds the meeting's lock. Returns the ids moved up.
   */
  async promote(meeting: Meeting): Promise<string[]> {
    if (meeting.status === 'cancelled') return [];
    const chosen = toPromote(meeting.capacity, await this.repo.countRegistered(meeting.id), await this.repo.waitlist(meeting.id));
    if (!chosen.length) return [];
    const m = (await this.municipalities.findById(meeting.municipalityId))!;
    const now = this.clock.now();
    for (const r of chosen) {
      r.status = 'registered';
      r.promotedAt = now;
      await this.repo.save(r);
      if (r.email) await this.mail.send(r.email, 'registrationPromoted', r.locale, this.mailVars(r, meeting, m), { qr: this.qr(r) });
    }
    return chosen.map((r) => r.id);
  }

  /** Those to tell when the meeting is cancelled. */
  activeWithEmail(meetingId: string): Promise<Registration[]> {
    return this.repo.activeWithEmail(meetingId);
  }

  /** Pending → a place (or the waiting list when full); waiting list → a place at once. */
  approve(officer: AuthUser, meetingId: string, registrationId: string, locale: Locale): Promise<RegistrationDto> {
    return this.decide(officer, meetingId, registrationId, 'approve', locale);
  }

  reject(officer: AuthUser, meetingId: string, registrationId: string, locale: Locale): Promise<RegistrationDto> {
    return this.decide(officer, meetingId, registrationId, 'reject', locale);
  }

  private decide(officer: AuthUser, meetingId: string, registrationId: string, decision: 'approve' | 'reject', locale: Locale): Promise<RegistrationDto> {
    return this.tx.run(async () => {
      const { meeting, municipality } = await this.meetingAccess.requireOfficer(officer, meetingId);
      const r = await this.repo.findById(registrationId);
      if (!r || r.meetingId !== meetingId) throw DomainError.notFound();
      const before = r.status;
      const next = decision === 'approve' ? statusOnApproval(r.status, meeting.capacity, await this.repo.countRegistered(meetingId)) : r.status === 'pending' || r.status === 'waitlisted' ? 'rejected' : null;
      if (!next) throw new DomainError('conflict', { status: r.status });
      const now = this.clock.now();
      r.status = next;
      if (before === 'pending') Object.assign(r, { decidedAt: now, decidedBy: officer.id });
      if (before === 'waitlisted' && next === 'registered') r.promotedAt = now;
      await this.repo.save(r);
      if (r.email) await this.mail.send(r.email, 'registrationDecided', r.locale, { ...this.mailVars(r, meeting, municipality), outcome: next }, { qr: next === 'registered' ? this.qr(r) : undefined });
      await this.audit.record({ actorId: officer.id, action: `registration.${decision}`, entityType: 'meeting', entityId: meetingId, municipalityId: meeting.municipalityId, before: { registrationId: r.id, status: before }, after: { status: next } });
      return toRegistrationDto({ ...r, days: await this.repo.days(r.id) }, locale);
    });
  }

  async list(officer: AuthUser, meetingId: string, q: RegistrationListQuery, locale: Locale): Promise<Page<RegistrationDto>> {
    await this.meetingAccess.requireOfficer(officer, meetingId, false);
    const limit = pageLimit(q);
    const after = decodeCursor(q.cursor, 1) as [number] | undefined;
    const rows = await this.repo.list(meetingId, { status: q.status, q: q.q }, limit + 1, after?.[0]);
    return toPage(rows, limit, (r) => toRegistrationDto(r, locale), (r) => [r.seq]);
  }

  /**
   * Every registration as CSV (UTF-8 with BOM, for spreadsheets), streamed: the same bytes in any
   * interface language (codes with their labels per language; a deleted participant named in the
   * municipality's language).
   */
  async csv(officer: AuthUser, meetingId: string): Promise<{ stream: Readable; filename: string }> {
    const { municipality } = await this.meetingAccess.requireOfficer(officer, meetingId, false);
    const own = municipality.defaultLocale;
    const rows = this.repo.all(meetingId);
    const perLanguage = (labels: Record<Locale, string> | undefined) => LOCALES.map((l) => labels?.[l] ?? null);
    async function* lines() {
      yield `\uFEFF${csvLine(CSV_COLUMNS)}`;
      let n = 0;
      for await (const r of rows) {
        yield csvLine([++n, formatCode(r.code), r.status, ...perLanguage(STATUS_LABELS[r.status]), registrantName(r.name, own), r.email, r.homeSettlement, r.country, r.organizationName, r.category, ...perLanguage(CATEGORY_LABELS[r.category]), r.walkIn ? 'true' : 'false', r.registeredAt.toISOString(), r.days.join(' ')]);
      }
    }
    return { stream: Readable.from(lines()), filename: `registrations-${meetingId}.csv` };
  }

  /** At the door: by the printed code, once per day of the meeting. */
  checkIn(officer: AuthUser, meetingId: string, dto: CheckInDto): Promise<CheckInResultDto> {
    return this.tx.run(async () => {
      const { meeting, municipality } = await this.meetingAccess.requireOfficer(officer, meetingId, false);
      const code = normalizeCode(dto.code);
      const r = code ? await this.repo.findByCode(meetingId, code) : null;
      if (!r) throw DomainError.notFound();
      if (r.status !== 'registered') throw new DomainError('registration_not_confirmed', { status: r.status, name: r.name });
      const now = this.clock.now();
      const { day, outside } = this.dayFor(meeting, municipality, now, dto.day);
      if (outside) {
        // no day given and today is not a meeting day: someone already checked in is not counted again
        const days = await this.repo.days(r.id);
        if (days.length) throw new DomainError('already_checked_in', { day: days[0], at: (await this.repo.findCheckIn(r.id, days[0]))?.at.toISOString(), name: r.name });
      }
      if (!(await this.repo.addCheckIn({ registrationId: r.id, day, meetingId, at: now, checkedInBy: officer.id }))) {
        const first = await this.repo.findCheckIn(r.id, day);
        throw new DomainError('already_checked_in', { day, at: first?.at.toISOString(), name: r.name });
      }
      await this.audit.record({ actorId: officer.id, action: 'registration.check_in', entityType: 'meeting', entityId: meetingId, municipalityId: meeting.municipalityId, after: { registrationId: r.id, code: r.code, day } });
      return { registrationId: r.id, code: r.code, name: r.name, organizationName: r.organizationName, category: r.category, day, checkedInDays: await this.repo.days(r.id) };
    });
  }

  async mine(user: AuthUser): Promise<MyRegistrationDto[]> {
    return (await this.repo.mine(user.id)).map((r) => ({
      id: r.id,
      meetingId: r.meetingId,
      meetingTitle: r.meetingTitle,
      startsAt: r.meetingStartsAt.toISOString(),
      endsAt: r.meetingEndsAt.toISOString(),
      location: r.meetingLocation,
      meetingStatus: r.meetingStatus,
      municipalitySlug: r.municipalitySlug,
      timeZone: r.timeZone,
      code: r.code,
      status: r.status,
      checkedInDays: r.days,
    }));
  }

  // ---- helpers -------------------------------------------------------------------------------

  private dayFor(meeting: Meeting, m: Municipality, now: Date, requested?: string): { day: string; outside: boolean } {
    const days = meetingDays(meeting.startsAt, meeting.endsAt, m.timeZone);
    const found = checkInDay(days, now, m.timeZone, requested);
    if (!found) throw new DomainError('not_a_meeting_day', { days });
    return found;
  }

  private async uniqueCode(meetingId: string): Promise<string> {
    for (;;) {
      const code = newRegistrationCode();
      if (!(await this.repo.findByCode(meetingId, code))) return code;
    }
  }

  /**
   * The cancel link's secret, derived from the registration (so every e-mail about it carries
   * the same working link); only its hash is stored.
   */
  private cancelToken(registrationId: string): string {
    return createHmac('sha256', this.config.jwtSecret).update(`registration-cancel:${registrationId}`).digest('base64url');
  }

  /**
   * The QR code on the e-mails that give a place (registered, moved up, approved): the plain 6 symbols, exactly what the check-in
   * page takes when a scanner types them (any keyboard layout: see normalizeCode).
   */
  private qr(r: Registration): { text: string; caption: string } {
    return { text: r.code, caption: formatCode(r.code) };
  }

  private mailVars(r: Registration, meeting: Meeting, m: Municipality): RegistrationVars {
    const l = r.locale;
    return {
      name: r.name,
      meeting: localize(meeting.title, l, m.defaultLocale),
      when: formatWhen(meeting.startsAt, meeting.endsAt, m.timeZone, l),
      where: formatWhere(meeting.location, meeting.onlineUrl, l, m.defaultLocale),
      code: formatCode(r.code),
      link: `${this.config.publicUrl}/meetings/${meeting.id}`,
      cancelLink: `${this.config.publicUrl}/registrations/cancel?token=${this.cancelToken(r.id)}`,
    };
  }
}

export function toRegistrationDto(r: RegistrationRow, locale: Locale): RegistrationDto {
  return {
    id: r.id,
    meetingId: r.meetingId,
    code: r.code,
    status: r.status,
    name: registrantName(r.name, locale),
    email: r.email,
    userId: r.userId,
    homeSettlement: r.homeSettlement,
    homeMunicipalityId: r.homeMunicipalityId,
    country: r.country,
    organizationId: r.organizationId,
    organizationName: r.organizationName,
    category: r.category,
    walkIn: r.walkIn,
    registeredAt: r.registeredAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
    promotedAt: r.promotedAt?.toISOString() ?? null,
    cancelledAt: r.cancelledAt?.toISOString() ?? null,
    checkedInDays: r.days,
    attended: r.days.length > 0,
  };
}
