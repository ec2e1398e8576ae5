import { Body, Controller, Get, HttpCode, Param, Patch, Query } from '@nestjs/common';
import { Post } from '../common/post';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser, RequestLocale } from '../common/decorators';
import type { Locale } from '../common/locale';
import { wholeList } from '../common/pagination';
import { UuidPipe } from '../common/uuid.pipe';
import { ConsultationsService } from './consultations.service';
import { ConsultationDto, ConsultationListQuery, ConsultationPageDto, CreateConsultationDto, DeadlineDto, DeadlineQuery, PublishDto, SectionListDto, UpdateConsultationDto, VersionListDto } from './dto/consultation.dto';

@ApiTags('consultations')
@Controller('consultations')
export class ConsultationsController {
  constructor(private readonly service: ConsultationsService) {}

  @Get()
  @ApiOkResponse({ type: ConsultationPageDto, description: 'Published ones; officers also see their drafts' })
  list(@CurrentUser() user: AuthUser | undefined, @Query() q: ConsultationListQuery): Promise<ConsultationPageDto> {
    return this.service.list(user, q);
  }

  @Post()
  @Auth({ verified: true })
  @ApiCreatedResponse({ type: ConsultationDto, description: 'A draft, visible only to the municipality’s staff' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateConsultationDto): Promise<ConsultationDto> {
    return this.service.create(user, dto);
  }

  @Get(':id')
  @ApiOkResponse({ type: ConsultationDto })
  get(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string): Promise<ConsultationDto> {
    return this.service.get(user, id);
  }

  @Patch(':id')
  @Auth({ verified: true })
  @ApiOkResponse({ type: ConsultationDto, description: 'While a draft; once published only with a correctionNote, which makes a new version' })
  update(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: UpdateConsultationDto): Promise<ConsultationDto> {
    return this.service.update(user, id, dto);
  }

  @Get(':id/deadline')
  @Auth()
  @ApiOkResponse({ type: DeadlineDto, description: 'The legal calculator: shows the officer the last day before publishing' })
  deadline(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Query() q: DeadlineQuery, @RequestLocale() locale: Locale): Promise<DeadlineDto> {
    return this.service.deadline(user, id, q, locale);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Auth({ verified: true })
  @ApiOkResponse({ type: ConsultationDto, description: '422 period_too_short or motives_incomplete' })
  publish(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: PublishDto, @RequestLocale() locale: Locale): Promise<ConsultationDto> {
    return this.service.publish(user, id, dto, locale);
  }

  @Get(':id/sections')
  @ApiOkResponse({ type: SectionListDto })
  async sections(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string): Promise<SectionListDto> {
    return wholeList(await this.service.sections(user, id));
  }

  @Get(':id/versions')
  @ApiOkResponse({ type: VersionListDto, description: 'The published versions with notes and line diffs' })
  async versions(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string): Promise<VersionListDto> {
    return wholeList(await this.service.versions(user, id));
  }
}
