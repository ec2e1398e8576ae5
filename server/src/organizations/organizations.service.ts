import { Injectable } from '@nestjs/common';
import { UsersRepository } from '../accounts/users.repository';
import { AuditService } from '../audit/audit.service';
import { Access } from '../common/access';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { Page, decodeCursor, pageLimit, toPage } from '../common/pagination';
import { Tx } from '../database/transaction';
import { MunicipalitiesRepository } from '../municipalities/municipalities.repository';
import { AddOrganizationMemberDto, CreateOrganizationDto, OrganizationDto, OrganizationListQuery, PartnerDto, toOrganizationDto } from './dto/organization.dto';
import { OrganizationsRepository } from './organizations.repository';

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
    const org = await this.repo.findById(id);
    if (!org) throw DomainError.notFound();
    const canSeeMembers = viewer && (viewer.isAdmin || (await this.repo.findMember(id, viewer.id)));
    return toOrganizationDto(org, canSeeMembers ? await this.repo.members(id) : undefined);
  }

  create(actor: AuthUser, dto: CreateOrganizationDto): Promise<OrganizationDto> {
    return this.tx.run(async () => {
      const org = await this.repo.save(this.repo.create({ name: dto.name, kind: dto.kind, registrationNumber: dto.registrationNumber ?? null }));
      await this.repo.addMember(org.id, actor.id, 'representative');
      await this.audit.record({ actorId: actor.id, action: 'organization.create', entityType: 'organization', entityId: org.id, after: toOrganizationDto(org) });
      return toOrganizationDto(org, await this.repo.members(org.id));
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
    if (actor.isAdmin) return;
    const m = await this.repo.findMember(organizationId, actor.id);
    if (m?.role !== 'representative') throw DomainError.forbidden();
  }

  addMember(actor: AuthUser, organizationId: string, dto: AddOrganizationMemberDto): Promise<OrganizationDto> {
    return this.tx.run(async () => {
      const org = await this.repo.findById(organizationId);
      if (!org) throw DomainError.notFound();
      await this.requireRepresentative(actor, organizationId);
      if (!dto.userId && !dto.email) {
        throw DomainError.validation([{ field: 'email', code: 'isNotEmpty' }]);
      }
      const user = dto.userId ? await this.users.findLive(dto.userId) : await this.users.findByEmail(dto.email!);
      if (!user) throw DomainError.notFound();
      if (await this.repo.findMember(organizationId, user.id)) throw new DomainError('already_member');
      const role = dto.role ?? 'member';
      await this.repo.addMember(organizationId, user.id, role);
      await this.audit.record({ actorId: actor.id, action: 'organization.member.add', entityType: 'organization', entityId: organizationId, after: { userId: user.id, role } });
      return toOrganizationDto(org, await this.repo.members(organizationId));
    });
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
