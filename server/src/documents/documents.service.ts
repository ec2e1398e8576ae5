import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { DomainError } from '../common/domain-error';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { ConsultationVisibility } from '../consultations/visibility';
import { Tx } from '../database/transaction';
import { ConsultationDocument, DOCUMENT_KINDS, DocumentKind } from './document.entity';
import { MIME_TYPES, detectFileType } from './file-type';

export class DocumentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DOCUMENT_KINDS }) kind: string;
  @ApiProperty() filename: string;
  @ApiProperty() mimeType: string;
  @ApiProperty({ description: 'bytes' }) size: number;
  @ApiProperty() sha256: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ example: '/api/documents/…/download' }) url: string;
}

export function toDocumentDto(d: ConsultationDocument): DocumentDto {
  return { id: d.id, kind: d.kind, filename: d.filename, mimeType: d.mimeType, size: d.size, sha256: d.sha256, createdAt: d.createdAt.toISOString(), url: `/api/documents/${d.id}/download` };
}

/** Files published with a consultation, checked by their content, kept in STORAGE_DIR. */
@Injectable()
export class DocumentsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: Tx,
    private readonly audit: AuditService,
    private readonly visibility: ConsultationVisibility,
  ) {}

  private get dir(): string {
    return path.join(this.config.storageDir, 'documents');
  }

  async upload(officer: AuthUser, consultationId: string, kind: string | undefined, file: { filename: string; data: Buffer } | null): Promise<DocumentDto> {
    const c = await this.visibility.requireRole(officer, consultationId, ['officer']);
    const fields = [
      ...(!kind || !(DOCUMENT_KINDS as readonly string[]).includes(kind) ? [{ field: 'kind', code: 'isIn' as const }] : []),
      ...(!file || file.data.length === 0 ? [{ field: 'file', code: 'isNotEmpty' as const }] : []),
    ];
    if (fields.length) throw DomainError.validation(fields);
    const type = detectFileType(file!.data);
    if (!type) throw new DomainError('unsupported_file_type');
    const id = randomUUID();
    const storageKey = `${id.slice(0, 2)}/${id}`;
    const target = path.join(this.dir, storageKey);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file!.data, { flag: 'wx' });
    try {
      return await this.tx.run(async () => {
        const repo = this.tx.repo(ConsultationDocument);
        const doc = await repo.save(
          repo.create({
            id,
            consultationId: c.id,
            kind: kind as DocumentKind,
            filename: cleanFilename(file!.filename, type),
            mimeType: MIME_TYPES[type],
            size: file!.data.length,
            sha256: createHash('sha256').update(file!.data).digest('hex'),
            storageKey,
            uploadedBy: officer.id,
          }),
        );
        await this.audit.record({ actorId: officer.id, action: 'document.upload', entityType: 'document', entityId: doc.id, municipalityId: c.municipalityId, after: { consultationId: c.id, kind, filename: doc.filename, size: doc.size, sha256: doc.sha256 } });
        return toDocumentDto(doc);
      });
    } catch (e) {
      fs.rmSync(target, { force: true }); // nothing half-written
      throw e;
    }
  }

  listFor(consultationId: string): Promise<ConsultationDocument[]> {
    return this.tx.repo(ConsultationDocument).find({ where: { consultationId }, order: { createdAt: 'ASC' } });
  }

  /** The file, if its consultation is visible to the caller. */
  async open(viewer: AuthUser | undefined, id: string): Promise<{ doc: ConsultationDocument; stream: fs.ReadStream }> {
    const doc = await this.tx.repo(ConsultationDocument).findOneBy({ id });
    if (!doc) throw DomainError.notFound();
    await this.visibility.require(viewer, doc.consultationId);
    const file = path.join(this.dir, doc.storageKey);
    if (!fs.existsSync(file)) throw DomainError.notFound();
    return { doc, stream: fs.createReadStream(file) };
  }
}

/** The name as uploaded, without a path, with the extension that matches its content. */
export function cleanFilename(name: string, type: keyof typeof MIME_TYPES): string {
  const printable = [...(name.split(/[\\/]/).pop() ?? '')].filter((ch) => ch.charCodeAt(0) >= 0x20 && !'"<>|:*?'.includes(ch)).join('');
  const base = printable.trim().slice(0, 150) || 'document';
  const ext = type === 'jpeg' ? ['.jpg', '.jpeg'] : [`.${type}`];
  return ext.some((e) => base.toLowerCase().endsWith(e)) ? base : `${base.replace(/\.[a-z0-9]{1,5}$/i, '')}${ext[0]}`;
}
