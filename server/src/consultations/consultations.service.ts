import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { Access } from '../policy/access';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { lineDiff } from '../common/line-diff';
import { localize, Locale, LocalizedText } from '../common/locale';
import { requireLocale, toLocalized } from '../common/localized-text';
import { Page, decodeCursor, pageLimit, toPage } from '../common/pagination';
import { Tx } from '../database/transaction';
import { FOLLOWERS_QUEUE } from '../queue/queue';
import { MailService } from '../mail/mail.service';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import type { Municipality } from '../municipalities/municipality.entity';
import { checkPeriod, computeDeadline, minimumPeriod, PERIOD_RULES } from '../legal-time/deadline';
import { localDateOf, startOfLocalDay } from '../legal-time/zoned-time';
import { Consultation, Contact, Motives } from './consultation.entity';
import { CONSULTATION_DOCUMENTS, type ConsultationDocuments } from './consultation-documents';
import { ConsultationsRepository } from './consultations.repository';
import { ConsultationDto, ConsultationListQuery, ConsultationSummaryDto, CreateConsultationDto, DeadlineDto, DeadlineQuery, PublishDto, SectionDto, UpdateConsultationDto, VersionDto } from './dto/consultation.dto';
import { parseSections } from './sections';
import { consultationStatus } from './status';
import { consultationPolicy } from '../policy/consultation.policy';
import { Policy } from '../policy/policy.service';

const MOTIVE_ITEMS = ['reasons', 'objectives', 'resources', 'expectedResults', 'euCompliance'] as const;

@Injectable()
export class ConsultationsService {
  constructor(
    private readonly repo: ConsultationsRepository,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly access: Access,
    @Inject(CONSULTATION_DOCUMENTS) private readonly documents: ConsultationDocuments,
    private readonly mail: MailService,
    private readonly policy: Policy,
  ) {}

  // ---- reading -------------------------------------------------------------------------------

  async list(viewer: AuthUser | undefined, q: ConsultationListQuery): Promise<Page<ConsultationSummaryDto>> {
    const limit = pageLimit(q);
    const after = decodeCursor(q.cursor, 2) as [string, string] | undefined;
    let municipalityId: string | undefined;
    if (q.municipality) {
      const m = await this.municipalities.findByRef(q.municipality);
      if (!m) return { items: [], nextCursor: null };
      municipalityId = m.id;
    }
    const visible = await this.policy.sql(viewer, consultationPolicy, 'view', 'c');
    const now = this.clock.now();
    const rows = await this.repo.list({ municipalityId, status: q.status, kind: q.kind, q: q.q, visible, now }, limit + 1, after);
    return toPage(rows, limit, (c) => this.summary(c, c.municipalitySlug, now), (c) => [(c as unknown as { sortAt: Date }).sortAt.toISOString(), c.id]);
  }

  private async visible(viewer: AuthUser | undefined, id: string): Promise<{ c: Consultation; m: Municipality; staff: boolean }> {
    const c = await this.policy.require(viewer, 'consultation', id, 'view');
    return { c, m: (await this.municipalities.findById(c.municipalityId))!, staff: await this.policy.can(viewer, consultationPolicy, c, 'inspect') };
  }

  async get(viewer: AuthUser | undefined, id: string): Promise<ConsultationDto> {
    const { c, m } = await this.visible(viewer, id);
    return this.detail(viewer, c, m);
  }

  async sections(viewer: AuthUser | undefined, id: string): Promise<SectionDto[]> {
    await this.visible(viewer, id);
    return this.repo.sections(id);
  }

  async versions(viewer: AuthUser | undefined, id: string): Promise<VersionDto[]> {
    await this.visible(viewer, id);
    const versions = await this.repo.versions(id);
    return versions.map((v, i) => {
      const previous = i > 0 && versions[i - 1].subject === v.subject ? versions[i - 1] : null;
      const bodyOf = (s: Record<string, unknown> | undefined) => Object.values((s?.body as LocalizedText) ?? {})[0] ?? '';
      return {
        subject: v.subject,
        version: v.version,
        note: v.note,
        createdAt: v.createdAt.toISOString(),
        snapshot: v.snapshot,
        diff: previous ? lineDiff(bodyOf(previous.snapshot), bodyOf(v.snapshot)).filter((l) => l.op !== '=') : [],
      };
    });
  }

  // ---- the legal calculator ------------------------------------------------------------------

  private today(m: Municipality): string {
    return localDateOf(this.clock.now(), m.timeZone);
  }

  async deadline(actor: AuthUser, id: string, q: DeadlineQuery, locale: Locale): Promise<DeadlineDto> {
    const c = await this.policy.require(actor, 'consultation', id, 'edit');
    const m = (await this.municipalities.findById(c.municipalityId))!;
    const publishOn = q.publishOn ?? this.today(m);
    return this.computeFor(m, publishOn, this.publicationInstant(m, publishOn), q.periodDays ?? c.periodDays, c.shortenedReason, locale);
  }

  /** When a publication on `publishOn` becomes public (and open): now if today, else 00:00 local that day. */
  private publicationInstant(m: Municipality, publishOn: string): Date {
    return publishOn === this.today(m) ? this.clock.now() : startOfLocalDay(publishOn, m.timeZone);
  }

  private async computeFor(m: Municipality, publishOn: string, publishedAt: Date, periodDays: number, shortenedReason: string | null, locale: Locale): Promise<DeadlineDto> {
    const adjustments = await this.repo.calendarAdjustments(m.country);
    let d;
    try {
      d = computeDeadline({ publishOn, publishedAt, periodDays, country: m.country, timeZone: m.timeZone, adjustments });
    } catch {
      throw DomainError.validation([{ field: 'publishOn', code: 'deadline_not_computable' }]);
    }
    const reasons = d.reasons.map((r) => ({ date: r.date, kind: r.kind, name: r.name }));
    return {
      opensAt: d.opensAt.toISOString(),
      closesAt: d.closesAt.toISOString(),
      lastDay: d.lastDay,
      publishOn,
      periodDays,
      ...(d.movedFrom ? { movedFrom: d.movedFrom, reason: reasons.map((r) => `${r.date}: ${r.name[locale]}`).join('; ') } : {}),
      skippedDays: reasons,
      minimumDays: minimumPeriod(m.country, !!shortenedReason?.trim()),
      periodAllowed: checkPeriod(m.country, periodDays, shortenedReason).ok,
      calendarComplete: d.calendarComplete,
    };
  }

  // ---- writing -------------------------------------------------------------------------------

  create(actor: AuthUser, dto: CreateConsultationDto): Promise<ConsultationDto> {
    return this.tx.run(async () => {
      const m = await this.municipalities.findByRef(dto.municipalityId);
      if (!m) throw DomainError.validation([{ field: 'municipalityId', code: 'unknown_municipality' }]);
      // a draft exists only for the municipality's officers: a platform admin without that role could not see it
      if ((await this.municipalities.findRole(m.id, actor.id))?.role !== 'officer') throw DomainError.forbidden();
      const c = this.repo.create({ municipalityId: m.id, kind: dto.kind, createdBy: actor.id, periodDays: dto.periodDays ?? PERIOD_RULES[m.country].fullDays });
      this.apply(c, dto, m);
      const saved = await this.repo.save(c);
      await this.repo.replaceSections(saved.id, parseSections(localize(saved.body, m.defaultLocale)));
      await this.audit.record({ actorId: actor.id, action: 'consultation.create', entityType: 'consultation', entityId: saved.id, municipalityId: m.id, after: this.snapshot(saved) });
      return this.detail(actor, saved, m);
    });
  }

  update(actor: AuthUser, id: string, dto: UpdateConsultationDto): Promise<ConsultationDto> {
    return this.tx.run(async () => {
      const c = await this.policy.require(actor, 'consultation', id, 'edit', { lock: true });
      const m = (await this.municipalities.findById(c.municipalityId))!;
      const before = this.snapshot(c);
      if (c.publishedAt) {
        if (!dto.correctionNote?.trim()) throw new DomainError('correction_note_required');
        if (dto.periodDays !== undefined || dto.kind !== undefined || dto.shortenedReason !== undefined) {
          throw DomainError.validation(['periodDays', 'kind', 'shortenedReason'].filter((f) => (dto as Record<string, unknown>)[f] !== undefined).map((field) => ({ field, code: 'fixed_after_publication' as const })));
        }
        if (c.reportPublishedAt) throw new DomainError('conflict');
      }
      this.apply(c, dto, m);
      if (dto.kind) c.kind = dto.kind;
      if (dto.periodDays !== undefined) c.periodDays = dto.periodDays;
      if (dto.shortenedReason !== undefined) c.shortenedReason = dto.shortenedReason?.trim() || null;
      if (c.publishedAt) c.version += 1;
      const saved = await this.repo.save(c);
      await this.repo.replaceSections(saved.id, parseSections(localize(saved.body, m.defaultLocale)));
      if (saved.publishedAt) {
        await this.repo.addVersion({ consultationId: saved.id, subject: 'draft', version: saved.version, snapshot: this.snapshot(saved), note: dto.correctionNote!.trim(), createdBy: actor.id });
      }
      await this.audit.record({ actorId: actor.id, action: saved.publishedAt ? 'consultation.correct' : 'consultation.update', entityType: 'consultation', entityId: saved.id, municipalityId: saved.municipalityId, before, after: this.snapshot(saved) });
      return this.detail(actor, saved, m);
    });
  }

  /** Publishes now or on a future day; refuses a short period without a reason and incomplete motives. */
  publish(actor: AuthUser, id: string, dto: PublishDto, locale: Locale): Promise<ConsultationDto> {
    return this.tx.run(async () => {
      const c = await this.policy.require(actor, 'consultation', id, 'publish', { lock: true });
      if (c.publishedAt) throw new DomainError('already_published');
      const m = (await this.municipalities.findById(c.municipalityId))!;
      const today = this.today(m);
      const publishOn = dto.publishOn ?? today;
      if (publishOn < today) throw new DomainError('invalid_publish_date', { today });
      if (!localize(c.body, m.defaultLocale).trim()) throw new DomainError('empty_draft');
      const period = checkPeriod(m.country, c.periodDays, c.shortenedReason);
      if (!period.ok) throw new DomainError('period_too_short', { periodDays: c.periodDays, minimumDays: period.minimumDays, fullDays: period.fullDays, shortenedReasonGiven: !!c.shortenedReason });
      if (c.kind === 'ordinance') {
        const missing = MOTIVE_ITEMS.filter((k) => !Object.values(c.motives?.[k] ?? {}).some((v) => v?.trim()));
        if (missing.length) throw new DomainError('motives_incomplete', { missing });
      }
      // published today: public and open for contributions at once; a later day: from its first moment
      const publishedAt = this.publicationInstant(m, publishOn);
      const d = await this.computeFor(m, publishOn, publishedAt, c.periodDays, c.shortenedReason, locale);
      c.publishOn = publishOn;
      c.publishedAt = publishedAt;
      c.opensAt = new Date(d.opensAt);
      c.closesAt = new Date(d.closesAt);
      c.lastDay = d.lastDay;
      c.movedFrom = d.movedFrom ?? null;
      c.version = 1;
      const saved = await this.repo.save(c);
      await this.repo.addVersion({ consultationId: c.id, subject: 'draft', version: 1, snapshot: this.snapshot(saved), note: null, createdBy: actor.id });
      await this.mail.enqueue(FOLLOWERS_QUEUE, { consultationId: c.id });
      await this.audit.record({ actorId: actor.id, action: 'consultation.publish', entityType: 'consultation', entityId: c.id, municipalityId: c.municipalityId, after: { publishOn, opensAt: d.opensAt, closesAt: d.closesAt, lastDay: d.lastDay, movedFrom: d.movedFrom ?? null } });
      return this.detail(actor, saved, m);
    });
  }

  // ---- mapping -------------------------------------------------------------------------------

  private apply(c: Consultation, dto: Partial<CreateConsultationDto>, m: Municipality): void {
    const L = m.defaultLocale;
    if (dto.title !== undefined) {
      c.title = toLocalized(dto.title, L);
      requireLocale(c.title, L, 'title');
    }
    if (dto.summary !== undefined || !c.summary) c.summary = toLocalized(dto.summary, L);
    if (dto.body !== undefined) {
      c.body = toLocalized(dto.body, L);
      requireLocale(c.body, L, 'body');
    }
    if (dto.motives !== undefined) {
      c.motives = dto.motives === null ? null : (Object.fromEntries(MOTIVE_ITEMS.filter((k) => dto.motives![k] !== undefined).map((k) => [k, toLocalized(dto.motives![k], L)])) as Motives);
    }
    if (dto.contact !== undefined) c.contact = toContact(dto.contact);
    c.contact ??= {};
    if (dto.shortenedReason !== undefined) c.shortenedReason = dto.shortenedReason?.trim() || null;
    if (dto.periodDays !== undefined) c.periodDays = dto.periodDays;
    c.searchText = [c.title, c.summary, c.body].flatMap((t) => Object.values(t ?? {})).join('\n');
  }

  private snapshot(c: Consultation): Record<string, unknown> {
    return { kind: c.kind, title: c.title, summary: c.summary, body: c.body, motives: c.motives, contact: c.contact, periodDays: c.periodDays, shortenedReason: c.shortenedReason };
  }

  private summary(c: Consultation, municipalitySlug: string, now: Date): ConsultationSummaryDto {
    return {
      id: c.id,
      municipalityId: c.municipalityId,
      municipalitySlug,
      kind: c.kind,
      title: c.title,
      summary: c.summary,
      status: consultationStatus(c, now),
      publishedAt: c.publishedAt?.toISOString() ?? null,
      opensAt: c.opensAt?.toISOString() ?? null,
      closesAt: c.closesAt?.toISOString() ?? null,
      lastDay: c.lastDay,
    };
  }

  private async detail(viewer: AuthUser | undefined, c: Consultation, m: Municipality): Promise<ConsultationDto> {
    const sections = await this.repo.sections(c.id);
    return {
      can: await this.policy.flags(viewer, consultationPolicy, c),
      ...this.summary(c, m.slug, this.clock.now()),
      body: c.body,
      motives: c.motives,
      contact: c.contact,
      periodDays: c.periodDays,
      shortenedReason: c.shortenedReason,
      publishOn: c.publishOn,
      movedFrom: c.movedFrom,
      version: c.version,
      sections,
      documents: await this.documents.listFor(c.id),
      counts: { sections: sections.length, ...(await this.repo.counts(c.id)) },
      reportPublishedAt: c.reportPublishedAt?.toISOString() ?? null,
      outcome: c.outcomeResult ? { result: c.outcomeResult, decisionRef: c.outcomeDecisionRef ?? '', decidedOn: c.outcomeDecidedOn ?? '', note: c.outcomeNote } : null,
      createdAt: c.createdAt.toISOString(),
    };
  }
}

function toContact(value: unknown): Contact {
  if (typeof value === 'string') return value.trim() ? { name: value.trim().slice(0, 300) } : {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw DomainError.validation([{ field: 'contact', code: 'contact_shape' }]);
  const out: Contact = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (!['name', 'email', 'phone', 'address'].includes(k) || typeof v !== 'string' || v.length > 300) {
      throw DomainError.validation([{ field: `contact.${k}`, code: 'too_long', params: { max: 300 } }]);
    }
    out[k as keyof Contact] = v.trim();
  }
  return out;
}
