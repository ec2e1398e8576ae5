import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { hashSecret } from '../common/secrets';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { LOCALES, Locale } from '../common/locale';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { Tx } from '../database/transaction';
import { FORM_MAIL_QUEUE } from '../queue/queue';
import type { FormMailJob } from '../queue/queue';
import { MailService } from '../mail/mail.service';
import type { Municipality } from '../municipalities/municipality.entity';
import { InviteDto, InvitationResultDto, RemindersResultDto } from './dto/form.dto';
import { FormAccess, formStatus } from './form-access';
import type { Form } from './form.entity';
import { FormsRepository, Recipient } from './forms.repository';
import { invitationToken } from './invitation-token';

/** Reminder rounds per form, and the least time between two. */
export const MAX_REMINDERS = 3;
export const REMINDER_INTERVAL_MS = 24 * 3600_000;

/** Single-use links by e-mail, and reminders to every link not yet used. */
@Injectable()
export class FormInvitationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: FormsRepository,
    private readonly formAccess: FormAccess,
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  invite(actor: AuthUser, id: string, dto: InviteDto): Promise<InvitationResultDto> {
    return this.tx.run(async () => {
      const { form, municipality: m } = await this.formAccess.requireOfficer(actor, id);
      this.requireSending(form);
      if (!dto.meetingId && !dto.registrationIds?.length && !dto.emails?.length) {
        throw DomainError.validation([{ field: 'meetingId', code: 'invitation_target_missing' }]);
      }
      const candidates: Array<Recipient | { email: null }> = [];
      if (dto.meetingId) {
        const [meeting] = await this.repo.meetingMunicipality(dto.meetingId);
        if (!meeting || meeting.municipalityId !== m.id) throw DomainError.validation([{ field: 'meetingId', code: 'not_a_meeting' }]);
        candidates.push(...(await this.repo.attendees(dto.meetingId)));
      }
      if (dto.registrationIds?.length) {
        const found = await this.repo.registrations([...new Set(dto.registrationIds.map((r) => r.toLowerCase()))]);
        const ok = new Set(found.filter((r) => r.municipalityId === m.id).map((r) => r.registrationId));
        const bad = dto.registrationIds.filter((r) => !ok.has(r.toLowerCase()));
        if (bad.length) throw DomainError.validation([{ field: 'registrationIds', code: 'not_registrations', params: { ids: bad.slice(0, 10).join(', ') } }]);
        candidates.push(...found);
      }
      if (dto.emails?.length) {
        const emails = dto.emails.map((e) => e.trim().toLowerCase());
        const accounts = new Map((await this.repo.accountsByEmail(emails)).map((a) => [a.email, a]));
        candidates.push(...emails.map((email) => ({ email, name: accounts.get(email)?.name ?? null, locale: accounts.get(email)?.locale ?? null, registrationId: null })));
      }
      const unique = new Map<string, Recipient>();
      for (const c of candidates) if (c.email && !unique.has(c.email)) unique.set(c.email, c as Recipient);
      const already = await this.repo.invitedEmails(form.id, [...unique.keys()]);
      const fresh = [...unique.values()].filter((r) => !already.has(r.email));
      const now = this.clock.now();
      const rows = fresh.map((r) => ({ id: randomUUID(), formId: form.id, email: r.email, name: r.name, locale: this.localeOf(r.locale, m), registrationId: r.registrationId, createdAt: now, createdBy: actor.id }));
      await this.repo.addInvitations(rows.map(({ id, ...r }) => ({ id, ...r, tokenHash: hashSecret(invitationToken(this.config.jwtSecret, id)) })));
      // the jobs name the invitation only: the worker reads the address when it sends, then deletes the job
      for (const r of rows) await this.mail.enqueue(FORM_MAIL_QUEUE, { kind: 'invitation', invitationId: r.id } satisfies FormMailJob);
      const result = { sent: rows.length, skipped: candidates.length - rows.length };
      await this.audit.record({ actorId: actor.id, action: 'form.invite', entityType: 'form', entityId: form.id, municipalityId: m.id, after: { ...result, meetingId: dto.meetingId ?? null, registrations: dto.registrationIds?.length ?? 0, emails: dto.emails?.length ?? 0 } });
      return result;
    });
  }

  /**
   * Every unused link with an address gets the same link again; who answered is not revealed.
   * One job for the whole form (the worker picks the unused links when it sends), at most
   * MAX_REMINDERS rounds (then 409 reminders_exhausted), one a day (else 429 rate_limited with
   * Retry-After).
   */
  remind(actor: AuthUser, id: string): Promise<RemindersResultDto> {
    return this.tx.run(async () => {
      const { municipality: m } = await this.formAccess.requireOfficer(actor, id);
      const form = (await this.repo.findForUpdate(id))!;
      this.requireSending(form);
      const now = this.clock.now();
      if (form.remindersSent >= MAX_REMINDERS) throw new DomainError('reminders_exhausted', { max: MAX_REMINDERS });
      const wait = form.lastReminderAt ? form.lastReminderAt.getTime() + REMINDER_INTERVAL_MS - now.getTime() : 0;
      if (wait > 0) {
        const retryAfter = Math.ceil(wait / 1000);
        throw new DomainError('rate_limited', { retryAfterSeconds: retryAfter }, { 'Retry-After': String(retryAfter) });
      }
      const sent = await this.repo.countReminder(form.id);
      if (sent) {
        await this.repo.noteReminderRound(form.id, now);
        await this.mail.enqueue(FORM_MAIL_QUEUE, { kind: 'reminder', formId: form.id } satisfies FormMailJob);
      }
      await this.audit.record({ actorId: actor.id, action: 'form.remind', entityType: 'form', entityId: form.id, municipalityId: m.id, after: { sent } });
      return { sent };
    });
  }

  private requireSending(form: Form): void {
    const status = formStatus(form, this.clock.now());
    if (status === 'draft') throw new DomainError('form_not_published');
    if (status === 'closed') throw new DomainError('form_closed', { status });
  }

  private localeOf(locale: string | null, m: Municipality): Locale {
    return locale && (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : m.defaultLocale;
  }

}
