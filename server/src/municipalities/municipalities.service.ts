import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { UsersRepository } from '../users/users.repository';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { Access } from '../policy/access';
import { DomainError } from '../common/domain-error';
import { localize } from '../common/locale';
import { Page, PageQuery, decodeCursor, pageLimit, toPage } from '../common/pagination';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { Tx } from '../database/transaction';
import { MailService } from '../mail/mail.service';
import { FILE_STORAGE, bytesOf } from '../storage/file-storage';
import type { FileStorage } from '../storage/file-storage';
import { COAT_OF_ARMS_MAX_BYTES, COAT_OF_ARMS_MIME, CoatOfArmsType, detectCoatOfArmsType } from './coat-of-arms';
import { CreateMunicipalityDto, MunicipalityDto, StaffMemberDto, UpdateMunicipalityDto, toMunicipalityDto } from './dto/municipality.dto';
import { MunicipalitiesRepository } from './municipalities.repository';
import type { Municipality } from './municipality.entity';
import type { StaffRoleName } from './staff-role.entity';

/** The key of a coat of arms in the file store (municipalities.coat_of_arms_key is the part after the folder). */
export const coatOfArmsFileKey = (key: string) => `coats-of-arms/${key}`;

@Injectable()
export class MunicipalitiesService {
  constructor(
    private readonly repo: MunicipalitiesRepository,
    private readonly users: UsersRepository,
    private readonly tx: Tx,
    private readonly audit: AuditService,
    private readonly access: Access,
    @Inject(FILE_STORAGE) private readonly files: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
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
      Object.assign(m, {
        ...dto,
        name: dto.name ? { ...m.name, ...dto.name } : m.name,
        address: dto.address === undefined ? m.address : localizedOrNull(dto.address),
        officeHours: dto.officeHours === undefined ? m.officeHours : localizedOrNull(dto.officeHours),
      });
      requireDefaultLocaleName(m.name, m.defaultLocale);
      const saved = await this.repo.save(m);
      await this.audit.record({ actorId: actor.id, action: 'municipality.update', entityType: 'municipality', entityId: m.id, municipalityId: m.id, before, after: toMunicipalityDto(saved) });
      return toMunicipalityDto(saved);
    });
  }

  /**
   * The coat of arms, by the admin or an officer of the municipality: PNG, JPEG or WebP checked by
   * content (422 unsupported_image_type), at most 2 MB (413). The file is written first under a new
   * name and the old one removed after the commit, so a failure leaves the previous image.
   */
  async uploadCoatOfArms(actor: AuthUser, id: string, file: { data: Buffer } | null): Promise<MunicipalityDto> {
    const m = await this.repo.findById(id);
    if (!m) throw DomainError.notFound();
    await this.access.requireStaff(actor, m.id, ['officer']);
    if (!file || file.data.length === 0) throw DomainError.validation([{ field: 'file', code: 'isNotEmpty' }]);
    if (file.data.length > COAT_OF_ARMS_MAX_BYTES) throw new DomainError('payload_too_large');
    const type = detectCoatOfArmsType(file.data);
    if (!type) throw new DomainError('unsupported_image_type');
    const key = `${m.id}/${randomUUID()}.${type}`;
    await this.files.put(coatOfArmsFileKey(key), bytesOf(file.data));
    let previous: string | null = null;
    try {
      const dto = await this.tx.run(async () => {
        const fresh = (await this.repo.findById(m.id))!;
        previous = fresh.coatOfArmsKey;
        fresh.coatOfArmsKey = key;
        fresh.coatOfArmsType = type;
        fresh.coatOfArmsUpdatedAt = new Date();
        const saved = await this.repo.save(fresh);
        await this.audit.record({ actorId: actor.id, action: 'municipality.coat_of_arms', entityType: 'municipality', entityId: m.id, municipalityId: m.id, before: { coatOfArms: previous }, after: { coatOfArms: key, type, size: file.data.length } });
        return toMunicipalityDto(saved);
      });
      // the new image is in place: a failure to remove the old one only leaves it unused
      if (previous) await this.files.remove(coatOfArmsFileKey(previous)).catch(() => undefined);
      return dto;
    } catch (e) {
      await this.files.remove(coatOfArmsFileKey(key)).catch(() => undefined); // nothing half-written
      throw e;
    }
  }

  /** The coat of arms image of a municipality, with its media type; 404 when there is none. */
  async coatOfArms(id: string): Promise<{ mimeType: string; data: Buffer }> {
    const m = await this.repo.findById(id);
    if (!m?.coatOfArmsKey || !m.coatOfArmsType) throw DomainError.notFound();
    // at most 2 MB: read whole
    const data = await this.files.read(coatOfArmsFileKey(m.coatOfArmsKey));
    if (!data) throw DomainError.notFound();
    return { mimeType: COAT_OF_ARMS_MIME[m.coatOfArmsType as CoatOfArmsType], data };
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
      // an appointment by the installation's administrator takes effect at once; the person is told
      if (before?.role !== role && user.email) {
        await this.mail.send(user.email, 'staffRoleChanged', user.locale, { name: user.displayName, municipality: localize(m.name, user.locale, m.defaultLocale), role, link: `${this.config.publicUrl}/officer` });
      }
      await this.audit.record({ actorId: actor.id, action: 'staff.set', entityType: 'staff_role', entityId: `${m.id}:${user.id}`, municipalityId: m.id, before: before ? { userId, role: before.role } : null, after: { userId, role } });
      return { userId: user.id, displayName: user.displayName, email: user.email ?? '', role };
    });
  }

  removeStaff(actor: AuthUser, municipalityId: string, userId: string): Promise<void> {
    return this.tx.run(async () => {
      const before = await this.repo.findRole(municipalityId, userId);
      if (!before || !(await this.repo.deleteRole(municipalityId, userId))) throw DomainError.notFound();
      const m = await this.repo.findById(municipalityId);
      const user = await this.users.findLive(userId);
      if (m && user?.email) {
        await this.mail.send(user.email, 'staffRoleChanged', user.locale, { name: user.displayName, municipality: localize(m.name, user.locale, m.defaultLocale), role: null, link: `${this.config.publicUrl}/` });
      }
      await this.audit.record({ actorId: actor.id, action: 'staff.remove', entityType: 'staff_role', entityId: `${municipalityId}:${userId}`, municipalityId, before: { userId, role: before.role }, after: null });
    });
  }
}

/** A text per language with at least one filled in, else nothing. */
function localizedOrNull(text: object | null): Record<string, string> | null {
  if (!text) return null;
  const filled = Object.fromEntries(Object.entries(text as Record<string, unknown>).filter(([, v]) => typeof v === 'string' && v.trim() !== '').map(([k, v]) => [k, (v as string).trim()]));
  return Object.keys(filled).length ? filled : null;
}

function requireDefaultLocaleName(name: object, locale: string): void {
  if (!(name as Record<string, string | undefined>)[locale]?.trim()) {
    throw DomainError.validation([{ field: `name.${locale}`, code: 'default_language_missing', params: { locale } }]);
  }
}
