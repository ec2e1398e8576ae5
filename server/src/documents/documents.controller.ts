import { Controller, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser } from '../common/decorators';
import { DomainError } from '../common/domain-error';
import { UuidPipe } from '../common/uuid.pipe';
import { DOCUMENT_KINDS } from './document.entity';
import { DocumentDto, DocumentsService } from './documents.service';

@ApiTags('consultations')
@Controller()
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post('consultations/:id/documents')
  @Auth({ verified: true })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file', 'kind'], properties: { kind: { type: 'string', enum: [...DOCUMENT_KINDS] }, file: { type: 'string', format: 'binary' } } } })
  @ApiCreatedResponse({ type: DocumentDto, description: 'PDF, ODT, DOCX, XLSX, PNG, JPEG checked by content (422 unsupported_file_type); over 20 MB → 413' })
  async upload(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Req() req: FastifyRequest): Promise<DocumentDto> {
    if (!req.isMultipart()) throw DomainError.validation([{ field: 'file', code: 'multipart_required' }]);
    let kind: string | undefined;
    let file: { filename: string; data: Buffer } | null = null;
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (part.fieldname === 'file' && !file) file = { filename: part.filename, data: await part.toBuffer() };
        else await part.toBuffer();
      } else if (part.fieldname === 'kind') {
        kind = String(part.value);
      }
    }
    return this.documents.upload(user, id, kind, file);
  }

  @Get('documents/:id/download')
  @ApiOkResponse({ description: 'The file, when its consultation is visible to the caller' })
  async download(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const { doc, stream } = await this.documents.open(user, id);
    await reply
      .type(doc.mimeType)
      .header('Content-Length', doc.size)
      .header('Content-Disposition', `attachment; filename="${doc.filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(doc.filename)}`)
      .send(stream);
  }
}
