import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Multipart } from '@fastify/multipart';
import { Inject, Injectable } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { DomainError } from '../common/domain-error';
import type { Consultation } from '../consultations/consultation.entity';
import { Policy } from '../policy/policy.service';
import { MAX_UPLOAD_BYTES } from './upload-limit';
import { Tx } from '../database/transaction';
import { FILE_STORAGE } from '../storage/file-storage';
import type { FileStorage } from '../storage/file-storage';
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

/** An uploaded file, streamed into the file store under its final key, not yet filed with a consultation. */
export interface ReceivedFile {
  filename: string;
  /** the document's id, chosen before its bytes arrive */
  id: string;
  /** the key within documents/ (kept in documents.storage_key) */
  storageKey: string;
  size: number;
  sha256: string;
}

/** The key of a document's bytes in the file store. */
export const documentFileKey = (storageKey: string) => `documents/${storageKey}`;

/** What the content check reads first: enough for every signature (PDF, PNG, JPEG, ZIP). */
const SIGNATURE_BYTES = 8;
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export function toDocumentDto(d: ConsultationDocument): DocumentDto {
  return { id: d.id, kind: d.kind, filename: d.filename, mimeType: d.mimeType, size: d.size, sha256: d.sha256, createdAt: d.createdAt.toISOString(), url: `/api/documents/${d.id}/download` };
}

/** Files published with a consultation, checked by their content, kept in the shared file store. */
@Injectable()
export class DocumentsService {
  constructor(
    @Inject(FILE_STORAGE) private readonly files: FileStorage,
    private readonly tx: Tx,
    private readonly audit: AuditService,
    private readonly policy: Policy,
  ) {}

  /** The consultation, if `officer` may add documents to it; 404/403 otherwise. */
  requireUploader(officer: AuthUser, consultationId: string): Promise<Consultation> {
    return this.policy.require(officer, 'consultation', consultationId, 'edit');
  }

  /**
   * Streams a multipart upload into the file store (PostgreSQL or S3) under a key of its own,
   * hashing it on the way: the file is never whole in memory. Over the limit it stops at once
   * with 413 payload_too_large and leaves no file behind. The caller owns the file it gets.
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
        file = await this.streamToStore(part.filename, part.file);
      }
    } catch (e) {
      if (file) await this.files.remove(documentFileKey(file.storageKey)).catch(() => undefined);
      if ((e as { statusCode?: number }).statusCode === 413) throw new DomainError('payload_too_large');
      throw e;
    }
    return { kind, file };
  }

  private async streamToStore(filename: string, stream: Readable & { truncated?: boolean }): Promise<ReceivedFile> {
    const id = randomUUID();
    const storageKey = `${id.slice(0, 2)}/${id}`;
    const hash = createHash('sha256');
    let size = 0;
    async function* limited(): AsyncGenerator<Buffer> {
      for await (const chunk of stream as AsyncIterable<Buffer | string>) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        size += bytes.length;
        if (size > MAX_UPLOAD_BYTES || stream.truncated) throw new DomainError('payload_too_large');
        hash.update(bytes);
        yield bytes;
      }
      if (stream.truncated) throw new DomainError('payload_too_large');
    }
    // the store removes what it had written when the stream stops with an error
    await this.files.put(documentFileKey(storageKey), limited());
    return { filename, id, storageKey, size, sha256: hash.digest('hex') };
  }

  /** Files a received upload; the received file is kept when filed, removed otherwise. */
  async upload(officer: AuthUser, consultationId: string, kind: string | undefined, file: ReceivedFile | null): Promise<DocumentDto> {
    try {
      return await this.store(officer, consultationId, kind, file);
    } catch (e) {
      if (file) await this.files.remove(documentFileKey(file.storageKey)).catch(() => undefined); // nothing half-written
      throw e;
    }
  }

  /** The file's type by its content: the signature alone, or the whole package for a ZIP (office files). */
  private async contentType(key: string): Promise<ReturnType<typeof detectFileType>> {
    const head = (await this.files.read(key, SIGNATURE_BYTES)) ?? Buffer.alloc(0);
    if (!head.subarray(0, 4).equals(ZIP_SIGNATURE)) return detectFileType(head);
    return detectFileType((await this.files.read(key)) ?? Buffer.alloc(0));
  }

  private async store(officer: AuthUser, consultationId: string, kind: string | undefined, file: ReceivedFile | null): Promise<DocumentDto> {
    const c = await this.requireUploader(officer, consultationId);
    const fields = [
      ...(!kind || !(DOCUMENT_KINDS as readonly string[]).includes(kind) ? [{ field: 'kind', code: 'isIn' as const }] : []),
      ...(!file || file.size === 0 ? [{ field: 'file', code: 'isNotEmpty' as const }] : []),
    ];
    if (fields.length) throw DomainError.validation(fields);
    const type = await this.contentType(documentFileKey(file!.storageKey));
    if (!type) throw new DomainError('unsupported_file_type');
    const { id, storageKey } = file!;
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
  }

  listFor(consultationId: string): Promise<ConsultationDocument[]> {
    return this.tx.repo(ConsultationDocument).find({ where: { consultationId }, order: { createdAt: 'ASC' } });
  }

  /** The file, if its consultation is visible to the caller. */
  async open(viewer: AuthUser | undefined, id: string): Promise<{ doc: ConsultationDocument; stream: Readable }> {
    const doc = await this.tx.repo(ConsultationDocument).findOneBy({ id });
    if (!doc) throw DomainError.notFound();
    await this.policy.require(viewer, 'consultation', doc.consultationId, 'view');
    const stream = await this.files.open(documentFileKey(doc.storageKey));
    if (!stream) throw DomainError.notFound();
    return { doc, stream };
  }
}

/** The name as uploaded, without a path, with the extension that matches its content. */
export function cleanFilename(name: string, type: keyof typeof MIME_TYPES): string {
  const printable = [...(name.split(/[\\/]/).pop() ?? '')].filter((ch) => ch.charCodeAt(0) >= 0x20 && !'"<>|:*?'.includes(ch)).join('');
  const base = printable.trim().slice(0, 150) || 'document';
  const ext = type === 'jpeg' ? ['.jpg', '.jpeg'] : [`.${type}`];
  return ext.some((e) => base.toLowerCase().endsWith(e)) ? base : `${base.replace(/\.[a-z0-9]{1,5}$/i, '')}${ext[0]}`;
}
