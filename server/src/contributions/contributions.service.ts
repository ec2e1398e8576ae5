import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import type { Locale } from '../common/locale';
import { Page, decodeCursor, pageLimit, toPage } from '../common/pagination';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { RateLimiter, rateLimited } from '../common/rate-limiter';
import { type IdempotentRequest, Replayed, storedAnswer } from '../common/idempotency';
import { raised } from '../database/raised';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { ConsultationsRepository, type ConsultationStatusFacts } from '../consultations/consultations.repository';
import { consultationStatus, type StatusFacts } from '../consultations/status';
import type { ContributionCanDto } from '../policy/can.dto';
import { consultationPolicy, type ConsultationFacts } from '../policy/consultation.policy';
import { contributionPolicy } from '../policy/contribution.policy';
import { Policy } from '../policy/policy.service';
import { Tx } from '../database/transaction';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { participantNamePrefix, publicAuthor } from './author';
import { groupDuplicates } from './grouping';
import { ContributionRow, ContributionsRepository, type SubmitOutcome } from './contributions.repository';
import { ContributionDto, ContributionListQuery, CreateContributionDto, DuplicateGroupDto, OfflineContributionDto, SupportDto } from './dto/contribution.dto';

@Injectable()
export class ContributionsService {
  constructor(
    private readonly repo: ContributionsRepository,
    private readonly consultations: ConsultationsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly policy: Policy,
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async consultation(viewer: AuthUser | undefined, id: string): Promise<{ c: ConsultationStatusFacts; staff: boolean; can: ContributionCanDto }> {
    // the status columns only (cached a few seconds, dropped on change: consultations/status-facts-cache.ts)
    const c = await this.policy.require(viewer, 'consultationStatus', id, 'view');
    return { c, staff: await this.policy.can(viewer, consultationPolicy, c, 'inspect'), can: await this.can(viewer, c) };
  }

  /** What the caller may do with the consultation's contributions (the same for each of them). */
  private can(viewer: AuthUser | undefined, consultation: ConsultationFacts): Promise<ContributionCanDto> {
    return this.policy.flags(viewer, contributionPolicy, { authorId: null, consultation });
  }

  private requireOpen(c: StatusFacts): void {
    const status = consultationStatus(c, this.clock.now());
    if (status !== 'open') throw new DomainError('consultation_not_open', { status, opensAt: c.opensAt?.toISOString() ?? null, closesAt: c.closesAt?.toISOString() ?? null });
  }

  private async checkSection(consultationId: string, sectionId?: string): Promise<void> {
    if (!sectionId) return;
    const sections = await this.consultations.sections(consultationId);
    if (!sections.some((s) => s.id === sectionId)) throw DomainError.validation([{ field: 'sectionId', code: 'not_a_section' }]);
  }

  async list(viewer: AuthUser | undefined, consultationId: string, q: ContributionListQuery, locale: Locale): Promise<Page<ContributionDto>> {
    const { staff, can } = await this.consultation(viewer, consultationId);
    const sort = q.sort ?? 'newest';
    const limit = pageLimit(q);
    const after = decodeCursor(q.cursor, sort === 'supported' ? 3 : 2);
    const parentId = q.parent === undefined ? undefined : q.parent === 'none' ? null : q.parent;
    if (parentId && !/^[0-9a-f-]{36}$/i.test(parentId)) throw DomainError.validation([{ field: 'parent', code: 'not_a_contribution' }]);
    const answered = q.answered === undefined ? undefined : q.answered === 'true';
    // A hidden contribution shows the public only its place in time and in its thread: a list that
    // would tell its section, kind, answer or support (filtered or by support) leaves it out.
    const shownHidden = staff || (!q.section && !q.kind && answered === undefined && sort !== 'supported');
    const rows = await this.repo.list({ consultationId, sort, sectionId: q.section, kind: q.kind, parentId, answered, withHidden: shownHidden, viewerId: viewer?.id }, limit + 1, after);
    return toPage(rows, limit, (r) => this.toDto(r, locale, staff, can, viewer), (r) => (sort === 'supported' ? [r.support_count, new Date(r.received_at).toISOString(), r.id] : [new Date(r.received_at).toISOString(), r.id]));
  }

  async get(viewer: AuthUser | undefined, id: string, locale: Locale): Promise<ContributionDto> {
    const row = await this.repo.row(id, viewer?.id);
    if (!row) throw DomainError.notFound();
    const { staff, can } = await this.consultation(viewer, row.consultation_id);
    return this.toDto(row, locale, staff, can, viewer);
  }

  /**
   * A participant's comment or proposal, only inside the window. The hot path: the checks read
   * only cached facts (the consultation's dates and status) unless a section, a reply or an
   * organisation is named; then one statement, shared with the submissions that arrive meanwhile,
   * replays an answered key, or counts the account's submission, numbers, inserts and stores the
   * answer (`ContributionsRepository.submitOnline`).
   * The answer is built from what is written, not read back.
   */
  async create(author: AuthUser, consultationId: string, dto: CreateContributionDto, locale: Locale, idempotency?: IdempotentRequest): Promise<ContributionDto | Replayed> {
    try {
      return await this.submit(author, consultationId, dto, locale, idempotency);
    } catch (error) {
      // a retry of an answered request may fail a check that has changed since (the consultation
      // closed): the stored answer is replayed, as a claim-first path would have done
      const stored = idempotency && error instanceof DomainError ? await storedAnswer(this.tx, idempotency, this.clock.now()) : undefined;
      if (stored) return stored;
      throw error;
    }
  }

  private async submit(author: AuthUser, consultationId: string, dto: CreateContributionDto, locale: Locale, idempotency?: IdempotentRequest): Promise<ContributionDto | Replayed> {
    const c = await this.policy.require(author, 'consultationStatus', consultationId, 'view');
    this.requireOpen(c);
    let sectionRef: string | null = null;
    if (dto.sectionId) {
      const ref = await this.consultations.sectionRef(c.id, dto.sectionId);
      if (ref === undefined) throw DomainError.validation([{ field: 'sectionId', code: 'not_a_section' }]);
      sectionRef = ref;
    }
    if (dto.parentId) {
      const parent = await this.repo.findById(dto.parentId);
      if (!parent || parent.consultationId !== c.id) throw DomainError.validation([{ field: 'parentId', code: 'not_a_contribution' }]);
    }
    let organizationName: string | null = null;
    if (dto.onBehalfOf) {
      const org = await this.organizations.findById(dto.onBehalfOf);
      const member = org ? await this.organizations.findMember(org.id, author.id) : null;
      if (!org || !member || !org.verifiedAt) throw new DomainError('forbidden', { reason: 'not_a_member_of_a_verified_organisation' });
      organizationName = org.name;
    }
    const receivedAt = this.clock.now();
    const lang = dto.lang ?? locale;
    const row: ContributionRow = {
      id: randomUUID(),
      consultation_id: c.id,
      section_id: dto.sectionId ?? null,
      section_ref: sectionRef,
      parent_id: dto.parentId ?? null,
      kind: dto.kind,
      body: dto.body,
      lang,
      author_id: author.id,
      author_name: author.displayName,
      author_deleted: false,
      organization_name: organizationName,
      publish_name: dto.publishName,
      participant_no: 0, // given by the statement
      channel: 'online',
      received_at: receivedAt,
      support_count: 0,
      flag_count: 0,
      hidden_at: null,
      hidden_reason: null,
      supported_by_me: false,
      response_decision: null,
      response_reasoning: null,
      response_lang: null,
      response_version: null,
      response_at: null,
    };
    const can = await this.can(author, c);
    const { contributionsPerAccount, contributionsWindowSeconds } = this.config.rateLimits;
    const window = this.limiter.window(contributionsWindowSeconds);
    const submission = {
      id: row.id,
      consultationId: c.id,
      sectionId: row.section_id,
      parentId: row.parent_id,
      kind: dto.kind,
      body: dto.body,
      lang,
      authorId: author.id,
      authorName: author.displayName,
      organizationId: dto.onBehalfOf ?? null,
      organizationName,
      publishName: dto.publishName,
      receivedAt,
      rate: { key: `contribution:${author.id}`, window: window.start, limit: contributionsPerAccount },
      idempotency,
      answer: idempotency ? this.toDto(row, locale, false, can, author) : null,
      answerNamePrefix: participantNamePrefix({ publishName: dto.publishName, authorName: author.displayName, authorDeleted: false }, locale),
    };
    let done: SubmitOutcome;
    try {
      done = await this.repo.submitOnline(submission);
    } catch (error) {
      // another request stored the same key while this one ran: this call is undone; the next replays
      if (!raised(error, 'idempotency_race')) throw error;
      done = await this.repo.submitOnline(submission);
    }
    if (done.outcome === 'rate_limited') throw rateLimited(window.retryAfter);
    if (done.outcome === 'replayed') return new Replayed(done.status!, done.response);
    if (done.outcome === 'in_progress') throw new DomainError('idempotency_in_progress');
    if (done.outcome === 'key_reused') throw new DomainError('idempotency_key_reused');
    return this.toDto({ ...row, participant_no: done.participantNo! }, locale, false, can, author);
  }

  /** A contribution that came by e-mail, post, the registry desk or in person, registered by an officer. */
  registerOffline(officer: AuthUser, consultationId: string, dto: OfflineContributionDto, locale: Locale): Promise<ContributionDto> {
    return this.tx.run(async () => {
      const c = await this.policy.require(officer, 'consultation', consultationId, 'answer');
      const receivedAt = new Date(dto.receivedAt);
      const now = this.clock.now();
      if (!c.opensAt || !c.closesAt || receivedAt < c.opensAt || receivedAt > c.closesAt || receivedAt > now || c.reportPublishedAt) {
        throw new DomainError('consultation_not_open', { receivedAt: receivedAt.toISOString(), opensAt: c.opensAt?.toISOString() ?? null, closesAt: c.closesAt?.toISOString() ?? null });
      }
      await this.checkSection(c.id, dto.sectionId);
      // by post or e-mail: the officer says which language it is in, else the municipality's
      const lang = dto.lang ?? (await this.municipalities.findById(c.municipalityId))!.defaultLocale;
      const saved = await this.repo.insert({
        consultationId: c.id,
        sectionId: dto.sectionId ?? null,
        kind: dto.kind,
        body: dto.body,
        lang,
        authorId: null,
        authorName: dto.authorName,
        authorEmail: dto.authorEmail ?? null,
        organizationName: dto.organizationName?.trim() || null,
        publishName: dto.publishName ?? false,
        participantNo: 0,
        channel: dto.channel,
        receivedAt,
        registeredBy: officer.id,
      });
      saved.participantNo = await this.repo.participantNo(c.id, dto.authorEmail ? `email:${dto.authorEmail}` : `once:${saved.id}`);
      await this.repo.save(saved);
      await this.audit.record({ actorId: officer.id, action: 'contribution.register_offline', entityType: 'contribution', entityId: saved.id, municipalityId: c.municipalityId, after: { channel: dto.channel, receivedAt: receivedAt.toISOString(), kind: dto.kind } });
      return this.toDto((await this.repo.row(saved.id))!, locale, true, await this.can(officer, c), officer);
    });
  }

  setSupport(user: AuthUser, id: string, supported: boolean): Promise<SupportDto> {
    return this.tx.run(async () => {
      const { supportsPerAccount, supportsWindowSeconds } = this.config.rateLimits;
      await this.limiter.hit(`support:${user.id}`, supportsPerAccount, supportsWindowSeconds);
      const contribution = await this.policy.require(user, 'contribution', id, 'support');
      const c = contribution.consultation;
      this.requireOpen(c);
      if (contribution.hiddenAt) throw new DomainError('contribution_hidden');
      const supportCount = supported ? await this.repo.support(id, user.id) : await this.repo.unsupport(id, user.id);
      return { supported, supportCount };
    });
  }

  flag(user: AuthUser, id: string, reason: string): Promise<boolean> {
    return this.tx.run(async () => {
      const { flagsPerAccount, flagsWindowSeconds } = this.config.rateLimits;
      await this.limiter.hit(`flag:${user.id}`, flagsPerAccount, flagsWindowSeconds);
      await this.policy.require(user, 'contribution', id, 'flag');
      await this.repo.flag(id, user.id, reason);
      return true;
    });
  }

  /** Hiding keeps the text; the public sees only that it was hidden and why. */
  setHidden(moderator: AuthUser, id: string, hidden: boolean, reason: string | undefined, locale: Locale): Promise<ContributionDto> {
    return this.tx.run(async () => {
      const contribution = await this.policy.require(moderator, 'contribution', id, 'moderate');
      const c = contribution.consultation;
      const before = { hidden: contribution.hiddenAt !== null, reason: contribution.hiddenReason };
      contribution.hiddenAt = hidden ? this.clock.now() : null;
      contribution.hiddenReason = hidden ? reason! : null;
      contribution.hiddenBy = hidden ? moderator.id : null;
      await this.repo.save(contribution);
      await this.audit.record({ actorId: moderator.id, action: hidden ? 'contribution.hide' : 'contribution.unhide', entityType: 'contribution', entityId: id, municipalityId: c.municipalityId, before, after: { hidden, reason: reason ?? null } });
      return this.toDto((await this.repo.row(id, moderator.id))!, locale, true, await this.can(moderator, c), moderator);
    });
  }

  /** Groups of identical or near-identical contributions (campaigns), for one reasoned answer. */
  async duplicates(officer: AuthUser, consultationId: string): Promise<DuplicateGroupDto[]> {
    const c = await this.policy.require(officer, 'consultation', consultationId, 'moderate');
    const { members, pairs, bodies } = await this.repo.duplicateCandidates(c.id, 0.6);
    const repOf = new Map<string, string>();
    for (const [rep, ids] of members) for (const id of ids) repOf.set(id, rep);
    return groupDuplicates(members, pairs).map((ids) => ({ contributionIds: ids, sample: bodies.get(repOf.get(ids[0])!) ?? '', size: ids.length }));
  }

  /**
   * A hidden contribution keeps, for anyone but its municipality's staff, only what places it in
   * the list and its thread (id, consultation, parent, date of receipt) and why it was hidden: no
   * author, text, section, kind, channel, counts or answer. The staff see everything (to unhide).
   */
  toDto(r: ContributionRow, locale: Locale, staff: boolean, can: ContributionCanDto, viewer?: AuthUser): ContributionDto {
    const hidden = r.hidden_at !== null;
    if (hidden && !staff) {
      return { id: r.id, consultationId: r.consultation_id, parentId: r.parent_id, receivedAt: new Date(r.received_at).toISOString(), hidden: true, hiddenReason: r.hidden_reason };
    }
    return {
      can,
      id: r.id,
      consultationId: r.consultation_id,
      sectionId: r.section_id,
      sectionRef: r.section_ref,
      parentId: r.parent_id,
      kind: r.kind,
      body: r.body,
      lang: r.lang,
      author: publicAuthor({ publishName: r.publish_name, participantNo: r.participant_no, authorName: r.author_name, organizationName: r.organization_name, authorDeleted: r.author_deleted }, locale),
      channel: r.channel,
      receivedAt: new Date(r.received_at).toISOString(),
      supportCount: r.support_count,
      ...(viewer ? { supportedByMe: r.supported_by_me, mine: r.author_id === viewer.id } : {}),
      hidden,
      hiddenReason: r.hidden_reason,
      ...(staff ? { flagCount: r.flag_count } : {}),
      response: r.response_decision
        ? { decision: r.response_decision, reasoning: r.response_reasoning ?? '', lang: r.response_lang ?? r.lang, version: r.response_version!, respondedAt: new Date(r.response_at!).toISOString() }
        : null,
    };
  }
}
