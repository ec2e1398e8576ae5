import { Injectable } from '@nestjs/common';
import { UsersRepository } from '../accounts/users.repository';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { Access } from '../common/access';
import { DomainError } from '../common/domain-error';
import { Page, PageQuery, decodeCursor, pageLimit, toPage } from '../common/pagination';
import { Tx } from '../database/transaction';
import { CreateMunicipalityDto, MunicipalityDto, StaffMemberDto, UpdateMunicipalityDto, toMunicipalityDto } from './dto/municipality.dto';
import { MunicipalitiesRepository } from './municipalities.repository';
import type { Municipality } from './municipality.entity';
import type { StaffRoleName } from './staff-role.entity';

@Injectable()
export class MunicipalitiesService {
  constructor(
    private readonly repo: MunicipalitiesRepository,
    private readonly users: UsersRepository,
    private readonly tx: Tx,
    private readonly audit: AuditService,
    private readonly access: Access,
  ) {}

  async list(q: PageQuery): Promise<Page<MunicipalityDto>> {
    const limit = pageLimit(q);
    const after = decodeCursor(q.cursor, 1);
    const rows = await this.repo.list(limit + 1, after?.[0] as string | undefined);
    return toPage(rows, limit, toMunicipalityDto, (m) => [m.slug]);
  }

  async get(ref: string): Promise<Municipality> {
    const m = await this.repo.findByRef(ref);
    if (!m) throw DomainError.notFound();
    return m;
  }

  create(actor: AuthUser, dto: CreateMunicipalityDto): Promise<MunicipalityDto> {
    return this.tx.run(async () => {
      requireDefaultLocaleName(dto.name, dto.defaultLocale);
      if (await this.repo.findByRef(dto.slug)) throw new DomainError('slug_taken');
      const m = await this.repo.save(this.repo.create({ ...dto, name: { ...dto.name } }));
      await this.audit.record({ actorId: actor.id, action: 'municipality.create', entityType: 'municipality', entityId: m.id, municipalityId: m.id, after: toMunicipalityDto(m) });
      return toMunicipalityDto(m);
    });
  }

  update(actor: AuthUser, id: string, dto: UpdateMunicipalityDto): Promise<MunicipalityDto> {
    return this.tx.run(async () => {
      const m = await this.repo.findById(id);
      if (!m) throw DomainError.notFound();
      const before = toMunicipalityDto(m);
      if (dto.slug && dto.slug !== m.slug && (await this.repo.findByRef(dto.slug))) throw new DomainError('slug_taken');
      Object.assign(m, { ...dto, name: dto.name ? { ...m.name, ...dto.name } : m.name });
      requireDefaultLocaleName(m.name, m.defaultLocale);
      const saved = await this.repo.save(m);
      await this.audit.record({ actorId: actor.id, action: 'municipality.update', entityType: 'municipality', entityId: m.id, municipalityId: m.id, before, after: toMunicipalityDto(saved) });
      return toMunicipalityDto(saved);
    });
  }

  async staff(actor: AuthUser, id: string): Promise<StaffMemberDto[]> {
    const m = await this.get(id);
    await this.access.requireStaff(actor, m.id, ['officer', 'moderator']);
    return this.repo.staffOf(m.id);
  }

  setStaff(actor: AuthUser, municipalityId: string, userId: string, role: StaffRoleName): Promise<StaffMemberDto> {
    return this.tx.run(async () => {
      const m = await this.repo.findById(municipalityId);
      const user = await this.users.findLive(userId);
      if (!m || !user) throw DomainError.notFound();
      const before = await this.repo.findRole(m.id, user.id);
      await this.repo.upsertRole(m.id, user.id, role);
      await this.audit.record({ actorId: actor.id, action: 'staff.set', entityType: 'staff_role', entityId: `${m.id}:${user.id}`, municipalityId: m.id, before: before ? { userId, role: before.role } : null, after: { userId, role } });
      return { userId: user.id, displayName: user.displayName, email: user.email ?? '', role };
    });
  }

  removeStaff(actor: AuthUser, municipalityId: string, userId: string): Promise<void> {
    return this.tx.run(async () => {
      const before = await this.repo.findRole(municipalityId, userId);
      if (!before || !(await this.repo.deleteRole(municipalityId, userId))) throw DomainError.notFound();
      await this.audit.record({ actorId: actor.id, action: 'staff.remove', entityType: 'staff_role', entityId: `${municipalityId}:${userId}`, municipalityId, before: { userId, role: before.role }, after: null });
    });
  }
}

function requireDefaultLocaleName(name: object, locale: string): void {
  if (!(name as Record<string, string | undefined>)[locale]?.trim()) {
    throw DomainError.validation([{ field: `name.${locale}`, code: 'default_language_missing', params: { locale } }]);
  }
}
