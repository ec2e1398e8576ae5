import { Inject, Injectable } from '@nestjs/common';
import { UsersRepository } from '../users/users.repository';
import { AuditService } from '../audit/audit.service';
import { Access } from '../policy/access';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { requireLocale, toLocalized } from '../common/localized-text';
import { Page, decodeCursor, pageLimit, toPage } from '../common/pagination';
import { RateLimiter } from '../common/rate-limiter';
import { consultationStatus } from '../consultations/status';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { localize } from '../common/locale';
import { bodyPolicy } from '../policy/body.policy';
import { consultationPolicy } from '../policy/consultation.policy';
import { Policy } from '../policy/policy.service';
import { Tx } from '../database/transaction';
import { MailService } from '../mail/mail.service';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import type { Municipality } from '../municipalities/municipality.entity';
import { OrganizationsRepository } from '../organizations/organizations.repository';
import { BodyAccess, BodyView } from './body-access';
import type { BodyMember, PublicBody } from './body.entity';
import { BodiesRepository, BodyInvitationRow, MemberRow } from './bodies.repository';
import { AddMemberDto, BodyDto, BodyListQuery, BodySummaryDto, CreateBodyDto, MemberDto, MyBodyInvitationDto, UpdateBodyDto, UpdateMemberDto } from './dto/body.dto';
import { removal, termState } from './membership';
import { membershipGrantsRights } from '../policy/standing';

@Injectable()
export class BodiesService {
  constructor(
    private readonly repo: BodiesRepository,
    private readonly bodyAccess: BodyAccess,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly users: UsersRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly access: Access,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly limiter: RateLimiter,
    private readonly policy: Policy,
  ) {}

  // ---- reading -------------------------------------------------------------------------------

  async list(viewer: AuthUser | undefined, q: BodyListQuery): Promise<Page<BodySummaryDto>> {
    const limit = pageLimit(q);
    const after = decodeCursor(q.cursor, 2) as [string, string] | undefined;
    let municipalityId: string | undefined;
    if (q.municipality) {
      const m = await this.municipalities.findByRef(q.municipality);
      if (!m) return { items: [], nextCursor: null };
      municipalityId = m.id;
    }
    const visible = await this.policy.sql(viewer, bodyPolicy, 'view', 'b');
    const rows = await this.repo.list({ municipalityId, kind: q.kind, status: q.status, visible, now: this.clock.now() }, limit + 1, after);
    return toPage(rows, limit, (b) => this.summary(b, b.municipalitySlug, b.memberCount), (b) => [b.createdAt.toISOString(), b.id]);
  }

  async get(viewer: AuthUser | undefined, id: string): Promise<BodyDto> {
    return this.detail(viewer, await this.bodyAccess.require(viewer, id));
  }

  async members(viewer: AuthUser | undefined, id: string, when: 'current' | 'past' | 'all' = 'all'): Promise<MemberDto[]> {
    const view = await this.bodyAccess.require(viewer, id);
    const today = this.bodyAccess.today(view.municipality);
    const all = onRoster(await this.repo.members(id), view.staff, viewer?.id).map((r) => toMemberDto(r, today));
    return when === 'all' ? all : all.filter((m) => (when === 'past') === (m.term === 'past'));
  }

  // ---- writing -------------------------------------------------------------------------------

  create(actor: AuthUser, dto: CreateBodyDto): Promise<BodyDto> {
    return this.tx.run(async () => {
      const m = await this.municipalities.findByRef(dto.municipalityId);
      if (!m) throw DomainError.validation([{ field: 'municipalityId', code: 'unknown_municipality' }]);
      await this.access.requireStaff(actor, m.id, ['officer']);
      const body = this.repo.create({ municipalityId: m.id, kind: dto.kind, visibility: dto.visibility ?? 'public', status: dto.status ?? 'active', createdBy: actor.id, mandate: {} });
      this.apply(body, dto, m);
      const saved = await this.repo.save(body);
      if (dto.consultationIds) await this.linkConsultations(saved, m, dto.consultationIds);
      await this.audit.record({ actorId: actor.id, action: 'body.create', entityType: 'body', entityId: saved.id, municipalityId: m.id, after: { ...snapshot(saved), consultationIds: dto.consultationIds ?? [] } });
      return this.detail(actor, { body: saved, municipality: m, staff: true, member: false, manage: true });
    });
  }

  update(actor: AuthUser, id: string, dto: UpdateBodyDto): Promise<BodyDto> {
    return this.tx.run(async () => {
      const { body, municipality: m } = await this.bodyAccess.requireOfficer(actor, id, { lock: true });
      const wasActive = body.status === 'active';
      const before = { ...snapshot(body), consultationIds: (await this.repo.consultations(id)).map((c) => c.id) };
      this.apply(body, dto, m);
      if (dto.kind) body.kind = dto.kind;
      if (dto.visibility) body.visibility = dto.visibility;
      if (dto.status) body.status = dto.status;
      const saved = await this.repo.save(body);
      if (dto.consultationIds) await this.linkConsultations(saved, m, dto.consultationIds);
      const action = wasActive && saved.status === 'dissolved' ? 'body.dissolve' : 'body.update';
      await this.audit.record({ actorId: actor.id, action, entityType: 'body', entityId: saved.id, municipalityId: m.id, before, after: { ...snapshot(saved), consultationIds: dto.consultationIds ?? before.consultationIds } });
      return this.detail(actor, await this.bodyAccess.viewOf(actor, saved));
    });
  }

  addMember(actor: AuthUser, bodyId: string, dto: AddMemberDto): Promise<MemberDto> {
    return this.tx.run(async () => {
      const { body, municipality: m } = await this.bodyAccess.requireOfficer(actor, bodyId, { lock: true });
      if (body.status === 'dissolved') throw new DomainError('body_dissolved');
      // the identity: an account, an address, or an outsider's name (a name may go with an address)
      const given = [dto.userId, dto.email, dto.email ? undefined : dto.name].filter(Boolean).length;
      if (given !== 1) throw DomainError.validation([{ field: dto.userId ? 'name' : 'userId', code: 'member_identity' }]);
      checkTerm(dto.since, dto.until ?? null);
      const today = this.bodyAccess.today(m);
      // By address: the same answer, row and roster whether or not an account has the address, so an
      // officer cannot learn which addresses have accounts. The roster shows the name the officer
      // gave (or the address's part before @) until the person accepts.
      const address = dto.email?.trim().toLowerCase() ?? null;
      const account = address ? await this.users.findByEmail(address) : null;
      // linked now only to an account that has proved the address; otherwise when one does (verifyEmail)
      const invitee = dto.userId ? await this.users.findLive(dto.userId) : account?.emailVerifiedAt ? account : null;
      if (dto.userId) {
        if (!invitee) throw DomainError.validation([{ field: 'userId', code: 'unknown_user' }]);
        const open = await this.repo.openTermsOf(bodyId, dto.userId, today);
        if (open.length) throw new DomainError('already_member', { memberId: open[0].id });
      }
      if (address) {
        const open = await this.repo.openInvitationByEmail(bodyId, address, today);
        if (open) throw new DomainError('already_member', { memberId: open.id });
      }
      if (dto.organizationId) await this.requireOrganization(dto.organizationId);
      if (dto.userId || address) {
        // each invitation is an e-mail to someone: a ceiling per officer and hour
        const { bodyInvitationsPerAccount, bodyInvitationsWindowSeconds } = this.config.rateLimits;
        await this.limiter.hit(`body-invite:${actor.id}`, bodyInvitationsPerAccount, bodyInvitationsWindowSeconds);
      }
      // an account is invited: no right through the body until its owner accepts
      const saved = await this.repo.saveMember({
        bodyId,
        userId: invitee?.id ?? null,
        name: address ? (dto.name ?? address.split('@')[0]) : dto.userId ? null : dto.name!,
        invitedEmail: address,
        organizationId: dto.organizationId ?? null,
        role: dto.role,
        since: dto.since,
        until: dto.until ?? null,
        invitation: dto.userId || address ? 'pending' : null,
        createdBy: actor.id,
      });
      const to = address ?? invitee?.email;
      if (to) {
        const locale = (invitee ?? account)?.locale ?? actor.locale;
        await this.mail.send(to, 'bodyInvitation', locale, {
          name: (invitee ?? account)?.displayName ?? saved.name ?? '',
          municipality: localize(m.name, locale, m.defaultLocale),
          body: localize(body.name, locale, m.defaultLocale),
          role: saved.role,
          since: saved.since,
          until: saved.until,
          private: body.visibility === 'private',
          hasAccount: (invitee ?? account) !== null,
          link: invitee ?? account ? `${this.config.publicUrl}/invitations?body=${bodyId}` : `${this.config.publicUrl}/register?next=${encodeURIComponent('/invitations')}`,
        });
      }
      await this.audit.record({ actorId: actor.id, action: 'body.member.add', entityType: 'body', entityId: bodyId, municipalityId: body.municipalityId, after: memberSnapshot(saved) });
      return this.memberDto(bodyId, saved.id, m);
    });
  }

  updateMember(actor: AuthUser, bodyId: string, memberId: string, dto: UpdateMemberDto): Promise<MemberDto> {
    return this.tx.run(async () => {
      const { body, member, m } = await this.memberForUpdate(actor, bodyId, memberId);
      const before = memberSnapshot(member);
      if (dto.name !== undefined) {
        // an invitation by address keeps the officer's name until answered, account or not
        if (member.userId && !member.invitedEmail) throw DomainError.validation([{ field: 'name', code: 'name_from_account' }]);
        member.name = dto.name;
      }
      if (dto.organizationId !== undefined) {
        if (dto.organizationId) await this.requireOrganization(dto.organizationId);
        member.organizationId = dto.organizationId;
      }
      if (dto.role) member.role = dto.role;
      if (dto.since !== undefined) member.since = dto.since;
      if (dto.until !== undefined) member.until = dto.until;
      checkTerm(member.since, member.until);
      const saved = await this.repo.saveMember(member);
      await this.audit.record({ actorId: actor.id, action: 'body.member.update', entityType: 'body', entityId: body.id, municipalityId: body.municipalityId, before, after: memberSnapshot(saved) });
      return this.memberDto(bodyId, saved.id, m);
    });
  }

  /** Ends the member's term today (the history stays); a term that has not begun is dropped. */
  removeMember(actor: AuthUser, bodyId: string, memberId: string): Promise<void> {
    return this.tx.run(async () => {
      const { body, member, m } = await this.memberForUpdate(actor, bodyId, memberId);
      // an invitation never accepted was never a membership: it is withdrawn, leaving no history
      const r = (member.userId || member.invitedEmail) && !membershipGrantsRights(member.invitation) ? ({ action: 'delete' } as const) : removal(member.since, member.until, this.bodyAccess.today(m));
      if (r.action === 'already_ended') throw new DomainError('member_term_ended', { until: member.until });
      const before = memberSnapshot(member);
      if (r.action === 'delete') await this.repo.deleteMember(member.id);
      else await this.repo.saveMember({ ...member, until: r.until });
      await this.audit.record({ actorId: actor.id, action: r.action === 'delete' ? 'body.member.delete' : 'body.member.end', entityType: 'body', entityId: body.id, municipalityId: body.municipalityId, before, after: r.action === 'end' ? { ...before, until: r.until } : null });
    });
  }

  // ---- the invitee's answer --------------------------------------------------------------------

  /** The caller's invitations to bodies waiting for an answer. */
  async myInvitations(actor: AuthUser): Promise<MyBodyInvitationDto[]> {
    return (await this.repo.invitationsFor(actor.id, this.clock.now())).map(toInvitationDto);
  }

  /** Only the invited account answers; for anyone else the invitation does not exist (404). */
  answer(actor: AuthUser, memberId: string, answer: 'accepted' | 'declined'): Promise<MyBodyInvitationDto> {
    return this.tx.run(async () => {
      const member = await this.repo.findMemberForUpdate(memberId);
      if (!member || member.userId !== actor.id || member.invitation !== 'pending') throw DomainError.notFound();
      const row = (await this.repo.invitationsFor(actor.id, this.clock.now())).find((r) => r.id === member.id);
      // the body was dissolved, or the term ended, before the answer
      if (!row) throw DomainError.notFound();
      const before = memberSnapshot(member);
      member.invitation = answer;
      member.answeredAt = this.clock.now();
      // answered: the address served its purpose (the account is known now)
      member.invitedEmail = null;
      const saved = await this.repo.saveMember(member);
      await this.audit.record({ actorId: actor.id, action: answer === 'accepted' ? 'body.member.accept' : 'body.member.decline', entityType: 'body', entityId: member.bodyId, municipalityId: row.municipalityId, before, after: memberSnapshot(saved) });
      return { ...toInvitationDto(row), invitation: answer };
    });
  }

  // ---- helpers -------------------------------------------------------------------------------

  private async memberForUpdate(actor: AuthUser, bodyId: string, memberId: string): Promise<{ body: PublicBody; member: BodyMember; m: Municipality }> {
    const { body, municipality: m } = await this.bodyAccess.requireOfficer(actor, bodyId, { lock: true });
    // locked: the invitee may be answering at this moment (accept locks the same row)
    const member = await this.repo.findMemberForUpdate(memberId);
    if (!member || member.bodyId !== bodyId) throw DomainError.notFound();
    return { body, member, m };
  }

  private async requireOrganization(id: string): Promise<void> {
    if (!(await this.organizations.findById(id))) throw DomainError.validation([{ field: 'organizationId', code: 'unknown_organisation' }]);
  }

  private async memberDto(bodyId: string, memberId: string, m: Municipality): Promise<MemberDto> {
    const row = (await this.repo.members(bodyId)).find((r) => r.id === memberId)!;
    return toMemberDto(row, this.bodyAccess.today(m));
  }

  private async linkConsultations(body: PublicBody, m: Municipality, ids: string[]): Promise<void> {
    const unique = [...new Set(ids.map((i) => i.toLowerCase()))];
    const found = await this.repo.consultationsOf(m.id, unique);
    const missing = unique.filter((i) => !found.includes(i));
    if (missing.length) throw DomainError.validation([{ field: 'consultationIds', code: 'not_consultations', params: { ids: missing.join(', ') } }]);
    await this.repo.replaceConsultations(body.id, unique);
  }

  private apply(body: PublicBody, dto: UpdateBodyDto, m: Municipality): void {
    const L = m.defaultLocale;
    if (dto.name !== undefined) {
      body.name = toLocalized(dto.name, L);
      requireLocale(body.name, L, 'name');
    }
    if (dto.mandate !== undefined) body.mandate = toLocalized(dto.mandate, L);
  }

  private summary(b: PublicBody, municipalitySlug: string, memberCount: number): BodySummaryDto {
    return { id: b.id, municipalityId: b.municipalityId, municipalitySlug, kind: b.kind, name: b.name, mandate: b.mandate, visibility: b.visibility, status: b.status, memberCount };
  }

  private async detail(viewer: AuthUser | undefined, view: BodyView): Promise<BodyDto> {
    const { body, municipality } = view;
    const today = this.bodyAccess.today(municipality);
    const rows = onRoster(await this.repo.members(body.id), view.staff, viewer?.id);
    const members = rows.map((r) => toMemberDto(r, today));
    const now = this.clock.now();
    // a linked draft only for its officers, a scheduled one for the staff: the consultations' own rule
    const consultations = (await this.policy.filter(viewer, consultationPolicy, await this.repo.consultations(body.id))).map((c) => ({ id: c.id, title: c.title, status: consultationStatus(c, now) }));
    const can = await this.policy.flags(viewer, bodyPolicy, body);
    const current = members.filter((x) => x.term !== 'past');
    return {
      can,
      ...this.summary(body, municipality.slug, current.filter((x) => x.term === 'current').length),
      members: current,
      pastMembers: members.filter((x) => x.term === 'past'),
      consultations,
      isMember: view.member,
      myInvitationId: (viewer && rows.find((x) => x.userId === viewer.id && x.invitation === 'pending' && termState(x.since, x.until, today) !== 'past')?.id) ?? null,
      canManage: can.manage,
      createdAt: body.createdAt.toISOString(),
      updatedAt: body.updatedAt.toISOString(),
    };
  }
}

function checkTerm(since: string, until: string | null): void {
  if (until !== null && until < since) throw DomainError.validation([{ field: 'until', code: 'term_ends_before_start' }]);
}

function snapshot(b: PublicBody): Record<string, unknown> {
  return { kind: b.kind, name: b.name, mandate: b.mandate, visibility: b.visibility, status: b.status };
}

function memberSnapshot(m: BodyMember): Record<string, unknown> {
  return { memberId: m.id, userId: m.userId, name: m.name, organizationId: m.organizationId, role: m.role, since: m.since, until: m.until, invitation: m.invitation };
}

/**
 * An invitation by address shows no account until it is answered: neither the account's id nor its
 * name (the officer's name for the person is shown), so the roster does not tell which addresses
 * have accounts.
 */
export function toMemberDto(r: MemberRow, today: string): MemberDto {
  return { id: r.id, userId: r.byEmail ? null : r.userId, name: r.name, organizationId: r.organizationId, organizationName: r.organizationName, role: r.role, since: r.since, until: r.until, term: termState(r.since, r.until, today), invitation: r.invitation };
}

/**
 * The roster as a reader sees it. The municipality's staff see every row. Anyone else sees the
 * members named by name, those who accepted, and the accounts the officer picked who have not
 * answered yet (marked pending: the municipality named the person, as it names an outsider). Not
 * shown to them: a declined invitation, and an invitation sent to an address that no account has
 * answered yet — its name may be the part of the address before @, and it would tell who was
 * written to (the invitee sees their own).
 */
function onRoster(rows: MemberRow[], staff: boolean, viewerId?: string): MemberRow[] {
  if (staff) return rows;
  return rows.filter((r) => r.invitation !== 'declined' && (!r.byEmail || (!!viewerId && r.userId === viewerId)));
}

function toInvitationDto(r: BodyInvitationRow): MyBodyInvitationDto {
  return {
    id: r.id,
    bodyId: r.bodyId,
    bodyName: r.bodyName,
    bodyKind: r.bodyKind,
    visibility: r.visibility,
    municipalityId: r.municipalityId,
    municipalityName: r.municipalityName,
    municipalitySlug: r.municipalitySlug,
    role: r.role,
    since: r.since,
    until: r.until,
    invitation: 'pending',
    createdAt: new Date(r.createdAt).toISOString(),
  };
}
