import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { Post } from '../common/post';
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
    // who may upload is decided before a byte of the body is read: Fastify leaves a multipart
    // body in the socket until its parts are iterated, and a refused one is never read
    await this.documents.requireUploader(user, id);
    const received = await this.documents.receive(req.parts()).catch((e: unknown) => {
      // stopped half-way (over the limit): the rest of the body is left unread, and the
      // connection closed once the answer is out (common/unread-body.ts)
      req.raw.unpipe();
      throw e;
    });
    return this.documents.upload(user, id, received.kind, received.file);
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
