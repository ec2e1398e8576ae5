import { Inject, Injectable } from '@nestjs/common';
import { createHmac, randomUUID } from 'node:crypto';
import { AuditService } from '../audit/audit.service';
import { hashSecret } from '../auth/tokens';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { LOCALES, Locale, localize } from '../common/locale';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { Tx } from '../database/transaction';
import { MailService } from '../mail/mail.service';
import type { Municipality } from '../municipalities/municipality.entity';
import { InviteDto, InvitationResultDto, RemindersResultDto } from './dto/form.dto';
import { FormAccess, formStatus } from './form-access';
import type { Form } from './form.entity';
import { FormsRepository, Recipient } from './forms.repository';

/**
 * The token of an invitation's link: an HMAC of its id under the server's secret. Only its
 * SHA-256 is stored, yet a reminder can send the same link again.
 */
export function invitationToken(secret: string, invitationId: string): string {
  return createHmac('sha256', secret).update(`sabor form invitation\0${invitationId}`).digest('base64url');
}

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
      const about = await this.aboutOf(form);
      for (const r of rows) await this.mail.send(r.email, 'formInvitation', r.locale, this.vars(form, m, r, about));
      const result = { sent: rows.length, skipped: candidates.length - rows.length };
      await this.audit.record({ actorId: actor.id, action: 'form.invite', entityType: 'form', entityId: form.id, municipalityId: m.id, after: { ...result, meetingId: dto.meetingId ?? null, registrations: dto.registrationIds?.length ?? 0, emails: dto.emails?.length ?? 0 } });
      return result;
    });
  }

  /** Every unused link with an address gets the same link again; who answered is not revealed. */
  remind(actor: AuthUser, id: string): Promise<RemindersResultDto> {
    return this.tx.run(async () => {
      const { form, municipality: m } = await this.formAccess.requireOfficer(actor, id);
      this.requireSending(form);
      const about = await this.aboutOf(form);
      const unused = await this.repo.unusedWithEmail(form.id);
      for (const r of unused) {
        const locale = this.localeOf(r.locale, m);
        await this.mail.send(r.email, 'formReminder', locale, this.vars(form, m, { ...r, locale }, about));
      }
      await this.audit.record({ actorId: actor.id, action: 'form.remind', entityType: 'form', entityId: form.id, municipalityId: m.id, after: { sent: unused.length } });
      return { sent: unused.length };
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

  private async aboutOf(form: Form): Promise<Form['title'] | null> {
    if (!form.subjectType || !form.subjectId) return null;
    return (await this.repo.subject(form.subjectType, form.subjectId))?.title ?? null;
  }

  private vars(form: Form, m: Municipality, r: { id: string; name: string | null; locale: Locale }, about: Form['title'] | null) {
    const L = m.defaultLocale;
    const closes = form.closesAt ? new Intl.DateTimeFormat(r.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: m.timeZone }).format(form.closesAt) : '';
    return {
      name: r.name,
      municipality: localize(m.name, r.locale, L),
      form: localize(form.title, r.locale, L),
      about: about ? localize(about, r.locale, L) : '',
      link: `${this.config.publicUrl}/forms/${form.id}?token=${invitationToken(this.config.jwtSecret, r.id)}`,
      closes,
      anonymous: form.anonymous,
    };
  }
}
