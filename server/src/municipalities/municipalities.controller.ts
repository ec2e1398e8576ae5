import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Put, Query, Req, Res } from '@nestjs/common';
import { Post } from '../common/post';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../common/domain-error';
import { COAT_OF_ARMS_MAX_BYTES } from './coat-of-arms';
import { UuidPipe } from '../common/uuid.pipe';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser } from '../common/decorators';
import { PageQuery, wholeList } from '../common/pagination';
import { CreateMunicipalityDto, MunicipalityDto, MunicipalityPageDto, StaffListDto, StaffMemberDto, StaffRoleDto, UpdateMunicipalityDto, toMunicipalityDto } from './dto/municipality.dto';
import { MunicipalitiesService } from './municipalities.service';

@ApiTags('municipalities')
@Controller('municipalities')
export class MunicipalitiesController {
  constructor(private readonly service: MunicipalitiesService) {}

  @Get()
  @ApiOkResponse({ type: MunicipalityPageDto })
  list(@Query() q: PageQuery): Promise<MunicipalityPageDto> {
    return this.service.list(q);
  }

  // one path template with PATCH /municipalities/:id: the parameter is named id, and takes a slug or an id
  @Get(':id')
  @ApiParam({ name: 'id', description: 'the municipality’s slug (e.g. sofia) or its id' })
  @ApiOkResponse({ type: MunicipalityDto, description: 'By slug (or id)' })
  async get(@Param('id') slugOrId: string): Promise<MunicipalityDto> {
    return toMunicipalityDto(await this.service.get(slugOrId));
  }

  @Post()
  @Auth({ admin: true })
  @ApiCreatedResponse({ type: MunicipalityDto })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateMunicipalityDto): Promise<MunicipalityDto> {
    return this.service.create(user, dto);
  }

  @Patch(':id')
  @Auth({ admin: true })
  @ApiOkResponse({ type: MunicipalityDto })
  update(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: UpdateMunicipalityDto): Promise<MunicipalityDto> {
    return this.service.update(user, id, dto);
  }

  @Put(':id/coat-of-arms')
  @Auth({ verified: true })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOkResponse({ type: MunicipalityDto, description: 'Admins and the municipality’s officers: PNG, JPEG or WebP checked by content (422 unsupported_image_type; SVG is refused); over 2 MB → 413' })
  async uploadCoatOfArms(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Req() req: FastifyRequest): Promise<MunicipalityDto> {
    if (!req.isMultipart()) throw DomainError.validation([{ field: 'file', code: 'multipart_image_required' }]);
    let file: { data: Buffer } | null = null;
    for await (const part of req.parts({ limits: { fileSize: COAT_OF_ARMS_MAX_BYTES, files: 1 } })) {
      if (part.type === 'file') {
        if (part.fieldname === 'file' && !file) file = { data: await part.toBuffer() };
        else await part.toBuffer();
      }
    }
    return this.service.uploadCoatOfArms(user, id, file);
  }

  @Get(':id/coat-of-arms')
  @ApiProduces('image/png', 'image/jpeg', 'image/webp')
  @ApiOkResponse({ description: 'The coat of arms image; 404 when none was uploaded' })
  async coatOfArms(@Param('id', UuidPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const { mimeType, data } = await this.service.coatOfArms(id);
    await reply
      .type(mimeType)
      .header('X-Content-Type-Options', 'nosniff')
      .header('Content-Security-Policy', "default-src 'none'; sandbox")
      .header('Cache-Control', 'public, max-age=86400')
      .send(data);
  }

  @Get(':id/staff')
  @Auth()
  @ApiOkResponse({ type: StaffListDto, description: 'Admins and the municipality’s own staff' })
  async staff(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<StaffListDto> {
    return wholeList(await this.service.staff(user, id));
  }

  @Put(':id/staff/:userId')
  @Auth({ admin: true })
  @ApiOkResponse({ type: StaffMemberDto })
  setStaff(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Param('userId', UuidPipe) userId: string, @Body() dto: StaffRoleDto): Promise<StaffMemberDto> {
    return this.service.setStaff(user, id, userId, dto.role);
  }

  @Delete(':id/staff/:userId')
  @Auth({ admin: true })
  @HttpCode(204)
  @ApiNoContentResponse()
  removeStaff(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Param('userId', UuidPipe) userId: string): Promise<void> {
    return this.service.removeStaff(user, id, userId);
  }
}
