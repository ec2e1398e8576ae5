import { Inject, Injectable } from '@nestjs/common';
import { UsersRepository } from '../users/users.repository';
import { AuditService } from '../audit/audit.service';
import { Access } from '../policy/access';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { Page, decodeCursor, pageLimit, toPage } from '../common/pagination';
import { RateLimiter } from '../common/rate-limiter';
import { hashSecret, newSecret } from '../common/secrets';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { MailService } from '../mail/mail.service';
import { Tx } from '../database/transaction';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { AddOrganizationMemberDto, CreateOrganizationDto, MyInvitationDto, OrganizationDto, OrganizationInvitationDto, OrganizationListQuery, PartnerDto, toOrganizationDto } from './dto/organization.dto';
import type { OrganizationInvitation } from './organization-invitation.entity';
import { organizationPolicy } from '../policy/organization.policy';
import { Policy } from '../policy/policy.service';
import { OrganizationsRepository } from './organizations.repository';

/** How long an invitation to an organisation stays valid. */
const INVITATION_TTL_MS = 14 * 24 * 3600_000;

function toInvitationDto(i: OrganizationInvitation): OrganizationInvitationDto {
  return { id: i.id, organizationId: i.organizationId, email: i.email, role: i.role, status: 'pending', createdAt: i.createdAt.toISOString(), expiresAt: i.expiresAt.toISOString() };
}

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly repo: OrganizationsRepository,
    private readonly users: UsersRepository,
    private readonly municipalities: MunicipalitiesRepository,
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly access: Access,
    private readonly mail: MailService,
    private readonly limiter: RateLimiter,
    private readonly policy: Policy,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(q: OrganizationListQuery): Promise<Page<OrganizationDto>> {
    const limit = pageLimit(q);
    const after = decodeCursor(q.cursor, 2) as [string, string] | undefined;
    const verified = q.verified === undefined ? undefined : q.verified === 'true';
    const rows = await this.repo.list(limit + 1, { verified, q: q.q?.trim() }, after);
    return toPage(rows, limit, (o) => toOrganizationDto(o), (o) => [o.name, o.id]);
  }

  /** Members are listed to the organisation's own members and to admins. */
  async get(viewer: AuthUser | undefined, id: string): Promise<OrganizationDto> {
    const org = await this.policy.require(viewer, 'organization', id, 'view');
    const can = await this.policy.flags(viewer, organizationPolicy, org);
    return { ...toOrganizationDto(org, can.members ? await this.repo.members(id) : undefined), can };
  }

  create(actor: AuthUser, dto: CreateOrganizationDto): Promise<OrganizationDto> {
    return this.tx.run(async () => {
      const org = await this.repo.save(this.repo.create({ name: dto.name, kind: dto.kind, registrationNumber: dto.registrationNumber ?? null }));
      await this.repo.addMember(org.id, actor.id, 'representative');
      this.policy.forget(actor); // the caller now represents it
      await this.audit.record({ actorId: actor.id, action: 'organization.create', entityType: 'organization', entityId: org.id, after: toOrganizationDto(org) });
      return { ...toOrganizationDto(org, await this.repo.members(org.id)), can: await this.policy.flags(actor, organizationPolicy, org) };
    });
  }

  verify(actor: AuthUser, id: string): Promise<OrganizationDto> {
    return this.tx.run(async () => {
      const org = await this.repo.findById(id);
      if (!org) throw DomainError.notFound();
      if (!org.verifiedAt) {
        org.verifiedAt = this.clock.now();
        org.verifiedBy = actor.id;
        await this.repo.save(org);
        await this.audit.record({ actorId: actor.id, action: 'organization.verify', entityType: 'organization', entityId: org.id, before: { verified: false }, after: { verified: true } });
      }
      return toOrganizationDto(org, await this.repo.members(org.id));
    });
  }

  private async requireRepresentative(actor: AuthUser, organizationId: string): Promise<void> {
    await this.policy.check(actor, organizationPolicy, { id: organizationId }, 'manage');
  }

  /**
   * Invites an address to the organisation. The answer is the same whether or not the address has
   * an account (nothing to enumerate), and nobody gets a right until the owner of the address
   * accepts: an account given a role by someone else could otherwise be made to "represent" an
   * organisation (and read its partner reports) without knowing it. A pending invitation of the same
   * address is replaced (a new link; the old one stops working).
   */
  invite(actor: AuthUser, organizationId: string, dto: AddOrganizationMemberDto): Promise<OrganizationInvitationDto> {
    return this.tx.run(async () => {
      const org = await this.repo.findById(organizationId);
      if (!org) throw DomainError.notFound();
      await this.requireRepresentative(actor, organizationId);
      const { invitationsPerRepresentative, invitationsWindowSeconds } = this.config.rateLimits;
      await this.limiter.hit(`org-invite:${actor.id}`, invitationsPerRepresentative, invitationsWindowSeconds);
      const role = dto.role ?? 'member';
      const { token, hash } = newSecret();
      const expiresAt = new Date(this.clock.now().getTime() + INVITATION_TTL_MS);
      const invitation = await this.repo.saveInvitation({ organizationId, email: dto.email, role, tokenHash: hash, invitedBy: actor.id, expiresAt });
      const account = await this.users.findByEmail(dto.email);
      const locale = account?.locale ?? actor.locale;
      await this.mail.send(dto.email, 'organizationInvitation', locale, {
        organization: org.name,
        inviter: actor.displayName,
        role,
        hasAccount: account !== null,
        link: `${this.config.publicUrl}/invitations?organization=${organizationId}&token=${token}`,
        expires: new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'long', timeZone: 'Europe/Sofia' }).format(expiresAt),
      });
      await this.audit.record({ actorId: actor.id, action: 'organization.invitation.create', entityType: 'organization', entityId: organizationId, after: { invitationId: invitation.id, role } });
      return toInvitationDto(invitation);
    });
  }

  async pendingInvitations(actor: AuthUser, organizationId: string): Promise<OrganizationInvitationDto[]> {
    if (!(await this.repo.findById(organizationId))) throw DomainError.notFound();
    await this.requireRepresentative(actor, organizationId);
    return (await this.repo.pendingInvitations(organizationId, this.clock.now())).map(toInvitationDto);
  }

  cancelInvitation(actor: AuthUser, organizationId: string, invitationId: string): Promise<void> {
    return this.tx.run(async () => {
      if (!(await this.repo.findById(organizationId))) throw DomainError.notFound();
      await this.requireRepresentative(actor, organizationId);
      const invitation = await this.repo.findInvitation(invitationId);
      if (!invitation || invitation.organizationId !== organizationId) throw DomainError.notFound();
      await this.repo.deleteInvitation(invitation.id);
      await this.audit.record({ actorId: actor.id, action: 'organization.invitation.cancel', entityType: 'organization', entityId: organizationId, before: { invitationId: invitation.id, role: invitation.role } });
    });
  }

  /** The caller's unexpired invitations (to their verified address). */
  async myInvitations(actor: AuthUser): Promise<MyInvitationDto[]> {
    const rows = await this.repo.invitationsFor(actor.email, this.clock.now());
    return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString(), expiresAt: new Date(r.expiresAt).toISOString() }));
  }

  /** Accepting from the e-mail's link: the token and the signed-in owner of the invited address. */
  acceptByToken(actor: AuthUser, organizationId: string, token: string): Promise<OrganizationDto> {
    return this.tx.run(async () => {
      const invitation = await this.repo.findInvitationByToken(organizationId, hashSecret(token));
      if (!invitation || invitation.expiresAt <= this.clock.now()) throw new DomainError('invalid_token');
      // the link may have been forwarded: only the owner of the address accepts
      if (invitation.email !== actor.email) throw DomainError.forbidden();
      return this.accept(actor, invitation);
    });
  }

  /** Accepting from the list of one's invitations. */
  acceptById(actor: AuthUser, invitationId: string): Promise<OrganizationDto> {
    return this.tx.run(async () => this.accept(actor, await this.ownInvitation(actor, invitationId)));
  }

  declineById(actor: AuthUser, invitationId: string): Promise<void> {
    return this.tx.run(async () => {
      const invitation = await this.ownInvitation(actor, invitationId);
      await this.repo.deleteInvitation(invitation.id);
      await this.audit.record({ actorId: actor.id, action: 'organization.invitation.decline', entityType: 'organization', entityId: invitation.organizationId, before: { invitationId: invitation.id, role: invitation.role } });
    });
  }

  private async ownInvitation(actor: AuthUser, invitationId: string): Promise<OrganizationInvitation> {
    const invitation = await this.repo.findInvitation(invitationId);
    if (!invitation || invitation.email !== actor.email || invitation.expiresAt <= this.clock.now()) throw DomainError.notFound();
    return invitation;
  }

  /** Makes the membership (an existing member invited as representative becomes one) and spends the invitation. */
  private async accept(actor: AuthUser, invitation: OrganizationInvitation): Promise<OrganizationDto> {
    const org = await this.repo.findById(invitation.organizationId);
    if (!org) throw DomainError.notFound();
    const existing = await this.repo.findMember(org.id, actor.id);
    if (!existing) await this.repo.addMember(org.id, actor.id, invitation.role);
    else if (existing.role !== invitation.role && invitation.role === 'representative') await this.repo.setRole(org.id, actor.id, 'representative');
    await this.repo.deleteInvitation(invitation.id);
    await this.audit.record({ actorId: actor.id, action: 'organization.member.add', entityType: 'organization', entityId: org.id, after: { userId: actor.id, role: existing && invitation.role !== 'representative' ? existing.role : invitation.role, invitationId: invitation.id, invitedBy: invitation.invitedBy } });
    return toOrganizationDto(org, await this.repo.members(org.id));
  }

  /** A representative removes anyone; a member may leave; the last representative stays. */
  removeMember(actor: AuthUser, organizationId: string, userId: string): Promise<void> {
    return this.tx.run(async () => {
      if (!(await this.repo.findById(organizationId))) throw DomainError.notFound();
      if (actor.id !== userId) await this.requireRepresentative(actor, organizationId);
      const member = await this.repo.findMember(organizationId, userId);
      if (!member) throw DomainError.notFound();
      if (member.role === 'representative' && (await this.repo.countRepresentatives(organizationId)) <= 1) throw new DomainError('last_representative');
      await this.repo.removeMember(organizationId, userId);
      await this.audit.record({ actorId: actor.id, action: 'organization.member.remove', entityType: 'organization', entityId: organizationId, before: { userId, role: member.role } });
    });
  }

  async partners(municipalityRef: string): Promise<PartnerDto[]> {
    const m = await this.municipalities.findByRef(municipalityRef);
    if (!m) throw DomainError.notFound();
    const rows = await this.repo.partnersOf(m.id);
    return rows.map((r) => ({ ...r, since: new Date(r.since).toISOString() }));
  }

  addPartner(actor: AuthUser, municipalityId: string, organizationId: string): Promise<PartnerDto> {
    return this.tx.run(async () => {
      const m = await this.municipalities.findById(municipalityId);
      const org = await this.repo.findById(organizationId);
      if (!m || !org) throw DomainError.notFound();
      await this.access.requireStaff(actor, m.id, ['officer']);
      if (!(await this.repo.findPartnership(m.id, org.id))) {
        await this.repo.addPartnership(m.id, org.id);
        await this.audit.record({ actorId: actor.id, action: 'partnership.add', entityType: 'partnership', entityId: `${m.id}:${org.id}`, municipalityId: m.id, after: { organizationId: org.id, name: org.name } });
      }
      const p = await this.repo.findPartnership(m.id, org.id);
      return { organizationId: org.id, name: org.name, kind: org.kind, verified: org.verifiedAt !== null, since: p!.createdAt.toISOString() };
    });
  }

  removePartner(actor: AuthUser, municipalityId: string, organizationId: string): Promise<void> {
    return this.tx.run(async () => {
      const m = await this.municipalities.findById(municipalityId);
      if (!m) throw DomainError.notFound();
      await this.access.requireStaff(actor, m.id, ['officer']);
      if (!(await this.repo.removePartnership(m.id, organizationId))) throw DomainError.notFound();
      await this.audit.record({ actorId: actor.id, action: 'partnership.remove', entityType: 'partnership', entityId: `${m.id}:${organizationId}`, municipalityId: m.id, before: { organizationId } });
    });
  }
}
