import { Body, Controller, Delete, Get, HttpCode, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Post } from '../common/post';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser, Idempotency, RequestLocale } from '../common/decorators';
import { answered, type IdempotentRequest } from '../common/idempotency';
import type { Locale } from '../common/locale';
import { UuidPipe } from '../common/uuid.pipe';
import { ContributionsService } from './contributions.service';
import { ContributionDto, ContributionListQuery, ContributionPageDto, CreateContributionDto, DuplicatesDto, FlagResultDto, OfflineContributionDto, OptionalReasonDto, ReasonDto, SupportDto } from './dto/contribution.dto';

@ApiTags('contributions')
@Controller()
export class ContributionsController {
  constructor(private readonly service: ContributionsService) {}

  @Get('consultations/:id/contributions')
  @ApiOkResponse({ type: ContributionPageDto, description: 'Hidden ones show only hidden: true and the reason' })
  list(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string, @Query() q: ContributionListQuery, @RequestLocale() locale: Locale): Promise<ContributionPageDto> {
    return this.service.list(user, id, q, locale);
  }

  @Post('consultations/:id/contributions', { keyInHandler: true })
  @Auth({ verified: true })
  @ApiCreatedResponse({ type: ContributionDto, description: 'Outside the window → 409 consultation_not_open' })
  async create(
    @CurrentUser() user: AuthUser,
    @Param('id', UuidPipe) id: string,
    @Body() dto: CreateContributionDto,
    @RequestLocale() locale: Locale,
    @Idempotency() idempotency: IdempotentRequest | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ContributionDto> {
    return answered(reply, await this.service.create(user, id, dto, locale, idempotency));
  }

  @Post('consultations/:id/contributions/offline')
  @Auth({ verified: true })
  @ApiCreatedResponse({ type: ContributionDto, description: 'Officers register what came by e-mail, post, the registry or in person' })
  offline(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: OfflineContributionDto, @RequestLocale() locale: Locale): Promise<ContributionDto> {
    return this.service.registerOffline(user, id, dto, locale);
  }

  @Get('consultations/:id/duplicates')
  @Auth()
  @ApiOkResponse({ type: DuplicatesDto, description: 'Officers: identical or near-identical contributions grouped, so one reasoned answer serves a campaign' })
  async duplicates(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<DuplicatesDto> {
    return { groups: await this.service.duplicates(user, id) };
  }

  @Get('contributions/:id')
  @ApiOkResponse({ type: ContributionDto })
  get(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string, @RequestLocale() locale: Locale): Promise<ContributionDto> {
    return this.service.get(user, id, locale);
  }

  @Post('contributions/:id/support')
  @HttpCode(200)
  @Auth({ verified: true })
  @ApiOkResponse({ type: SupportDto, description: 'One support per person; supporting again changes nothing' })
  support(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<SupportDto> {
    return this.service.setSupport(user, id, true);
  }

  @Delete('contributions/:id/support')
  @HttpCode(200)
  @Auth({ verified: true })
  @ApiOkResponse({ type: SupportDto })
  unsupport(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<SupportDto> {
    return this.service.setSupport(user, id, false);
  }

  @Post('contributions/:id/flag')
  @Auth({ verified: true })
  @ApiCreatedResponse({ type: FlagResultDto, description: 'Reports abuse to the moderators; once per person' })
  async flag(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: ReasonDto): Promise<FlagResultDto> {
    return { flagged: await this.service.flag(user, id, dto.reason) };
  }

  @Post('contributions/:id/hide')
  @HttpCode(200)
  @Auth()
  @ApiOkResponse({ type: ContributionDto, description: 'Moderators and officers; the text is kept' })
  hide(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: ReasonDto, @RequestLocale() locale: Locale): Promise<ContributionDto> {
    return this.service.setHidden(user, id, true, dto.reason, locale);
  }

  @Post('contributions/:id/unhide')
  @HttpCode(200)
  @Auth()
  @ApiOkResponse({ type: ContributionDto })
  unhide(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: OptionalReasonDto, @RequestLocale() locale: Locale): Promise<ContributionDto> {
    return this.service.setHidden(user, id, false, dto.reason, locale);
  }
}
