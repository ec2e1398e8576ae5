import fs from 'node:fs';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Multipart } from '@fastify/multipart';
import { Inject, Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { DomainError } from '../common/domain-error';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import type { Consultation } from '../consultations/consultation.entity';
import { Policy } from '../policy/policy.service';
import { MAX_UPLOAD_BYTES } from './upload-limit';
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

/** An uploaded file, streamed to a file of its own, not yet filed with a consultation. */
export interface ReceivedFile {
  filename: string;
  path: string;
  size: number;
  sha256: string;
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
    private readonly policy: Policy,
  ) {}

  private get dir(): string {
    return path.join(this.config.storageDir, 'documents');
  }

  /** The consultation, if `officer` may add documents to it; 404/403 otherwise. */
  requireUploader(officer: AuthUser, consultationId: string): Promise<Consultation> {
    return this.policy.require(officer, 'consultation', consultationId, 'edit');
  }

  /**
   * Streams a multipart upload to a file of its own in the storage folder, hashing it on the
   * way: at most MAX_UPLOAD_BYTES are kept in memory at no point. Over the limit it stops at
   * once with 413 payload_too_large and leaves no file behind. The caller owns the file it gets.
   */
  async receive(parts: AsyncIterableIterator<Multipart>): Promise<{ kind: string | undefined; file: ReceivedFile | null }> {
    let kind: string | undefined;
    let file: ReceivedFile | null = null;
    try {
      for await (const part of parts) {
        if (part.type !== 'file') {
          if (part.fieldname === 'kind') kind = String(part.value);
          continue;
        }
        if (part.fieldname !== 'file' || file) {
          part.file.resume(); // drained, not kept
          continue;
        }
        file = await this.streamToDisk(part.filename, part.file);
      }
    } catch (e) {
      if (file) fs.rmSync(file.path, { force: true });
      if ((e as { statusCode?: number }).statusCode === 413) throw new DomainError('payload_too_large');
      throw e;
    }
    return { kind, file };
  }

  private async streamToDisk(filename: string, stream: Readable & { truncated?: boolean }): Promise<ReceivedFile> {
    const incoming = path.join(this.dir, 'incoming');
    fs.mkdirSync(incoming, { recursive: true });
    const target = path.join(incoming, randomUUID());
    const out = fs.createWriteStream(target, { flags: 'wx' });
    const hash = createHash('sha256');
    let size = 0;
    try {
      await pipeline(
        stream,
        async function* (chunks: AsyncIterable<Buffer | string>) {
          for await (const chunk of chunks) {
            const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
            size += bytes.length;
            if (size > MAX_UPLOAD_BYTES || stream.truncated) throw new DomainError('payload_too_large');
            hash.update(bytes);
            yield bytes;
          }
          if (stream.truncated) throw new DomainError('payload_too_large');
        },
        out,
      );
    } catch (e) {
      fs.rmSync(target, { force: true });
      throw e;
    }
    return { filename, path: target, size, sha256: hash.digest('hex') };
  }

  /** Files a received upload; the received file is moved into place or removed, never left. */
  async upload(officer: AuthUser, consultationId: string, kind: string | undefined, file: ReceivedFile | null): Promise<DocumentDto> {
    try {
      return await this.store(officer, consultationId, kind, file);
    } finally {
      if (file) fs.rmSync(file.path, { force: true });
    }
  }

  private async store(officer: AuthUser, consultationId: string, kind: string | undefined, file: ReceivedFile | null): Promise<DocumentDto> {
    const c = await this.requireUploader(officer, consultationId);
    const fields = [
      ...(!kind || !(DOCUMENT_KINDS as readonly string[]).includes(kind) ? [{ field: 'kind', code: 'isIn' as const }] : []),
      ...(!file || file.size === 0 ? [{ field: 'file', code: 'isNotEmpty' as const }] : []),
    ];
    if (fields.length) throw DomainError.validation(fields);
    const type = detectFileType(fs.readFileSync(file!.path));
    if (!type) throw new DomainError('unsupported_file_type');
    const id = randomUUID();
    const storageKey = `${id.slice(0, 2)}/${id}`;
    const target = path.join(this.dir, storageKey);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.renameSync(file!.path, target);
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
            size: file!.size,
            sha256: file!.sha256,
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
    await this.policy.require(viewer, 'consultation', doc.consultationId, 'view');
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
