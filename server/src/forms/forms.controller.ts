import { Body, Controller, Get, Header, HttpCode, Param, Patch, Query, Res, UseGuards } from '@nestjs/common';
import { Post } from '../common/post';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser, NoIdempotency, RequestLocale } from '../common/decorators';
import type { Locale } from '../common/locale';
import { UuidPipe } from '../common/uuid.pipe';
import { PublicAnswerLimitGuard } from '../common/rate-limit.guard';
import { CreateFormDto, FormDto, FormListQuery, FormPageDto, FormTokenQuery, InvitationResultDto, InviteDto, MyFormListDto, RemindersResultDto, ResponseReceivedDto, SubmitResponseDto, UpdateFormDto } from './dto/form.dto';
import { FormReportDto, ReportPeriodQuery, SatisfactionQuery, SatisfactionReportDto } from './dto/report.dto';
import { FormInvitationsService } from './form-invitations.service';
import { FormReportsService } from './form-reports.service';
import { FormResponsesService } from './form-responses.service';
import { FormsService } from './forms.service';

@ApiTags('forms')
@Controller('forms')
export class FormsController {
  constructor(
    private readonly forms: FormsService,
    private readonly responses: FormResponsesService,
    private readonly invitations: FormInvitationsService,
    private readonly reports: FormReportsService,
  ) {}

  @Get()
  @ApiOkResponse({ type: FormPageDto, description: 'Newest first. Officers see their municipality’s drafts; partner NGOs every published form of their partner municipalities; everyone published forms that are public or have public results' })
  list(@CurrentUser() user: AuthUser | undefined, @Query() q: FormListQuery): Promise<FormPageDto> {
    return this.forms.list(user, q);
  }

  @Post()
  @Auth({ verified: true })
  @ApiCreatedResponse({ type: FormDto, description: 'Officers of the municipality: a draft' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateFormDto): Promise<FormDto> {
    return this.forms.create(user, dto);
  }

  @Get(':id')
  @ApiOkResponse({
    type: FormDto,
    description:
      'Anyone who may answer: public → anyone; registered → signed in (401); invited → `?token=` of an invitation (404 without, 400 invalid_token with a wrong one). Officers also see drafts, partner NGOs every published form, everyone a form whose results are published. `respondent` says whether the caller may answer now',
  })
  get(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string, @Query() q: FormTokenQuery): Promise<FormDto> {
    return this.forms.get(user, id, q.token);
  }

  @Patch(':id')
  @Auth({ verified: true })
  @ApiOkResponse({ type: FormDto, description: 'Officers. Questions, anonymity and a lower minGroupSize only while no response exists (409 form_has_responses: make a new version)' })
  update(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: UpdateFormDto): Promise<FormDto> {
    return this.forms.update(user, id, dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Auth({ verified: true })
  @ApiOkResponse({ type: FormDto, description: 'Officers. Needs a question; twice → 409 form_already_published. Open from opensAt (or now) to closesAt by the clock' })
  publish(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<FormDto> {
    return this.forms.publish(user, id);
  }

  @Post(':id/versions')
  @Auth({ verified: true })
  @ApiCreatedResponse({ type: FormDto, description: 'Officers: a new draft with the same settings and questions (basedOnId), to change questions once responses exist' })
  newVersion(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<FormDto> {
    return this.forms.newVersion(user, id);
  }

  @Post(':id/invitations')
  @Auth({ verified: true })
  @ApiCreatedResponse({ type: InvitationResultDto, description: 'Officers: e-mails single-use links `PUBLIC_URL/forms/:id?token=…` to the attendees of a meeting, chosen registrations or addresses, once per address. Draft → 409 form_not_published; closed → 409 form_closed' })
  invite(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: InviteDto): Promise<InvitationResultDto> {
    return this.invitations.invite(user, id, dto);
  }

  @Post(':id/reminders')
  @HttpCode(200)
  @Auth({ verified: true })
  @ApiOkResponse({
    type: RemindersResultDto,
    description:
      'Officers: the same link again to every unused invitation with an address; who answered is never shown. At most one round a day: sooner → 429 rate_limited with Retry-After (seconds); three rounds in all: a fourth → 409 reminders_exhausted. Draft → 409 form_not_published; closed → 409 form_closed',
  })
  @ApiResponse({ status: 429, description: 'rate_limited: the last reminder went out less than 24 hours ago; Retry-After says when the next may go' })
  @ApiResponse({ status: 409, description: 'reminders_exhausted (three rounds sent), form_not_published, form_closed' })
  remind(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<RemindersResultDto> {
    return this.invitations.remind(user, id);
  }

  @Post(':id/responses')
  @NoIdempotency()
  @UseGuards(PublicAnswerLimitGuard)
  @ApiCreatedResponse({
    type: ResponseReceivedDto,
    description:
      'Per audience (a token for invited forms). A used link or a second answer from one account → 409 already_answered; outside opensAt–closesAt → 409 form_closed; an answer that does not fit → 400 validation_failed with `details.fields` named `answers.<key>` and `details.questions`; more than RATE_LIMIT_PUBLIC_ANSWERS_PER_IP answers without an account or link from one address in a window → 429 rate_limited. Idempotency-Key is ignored: nothing of the request is kept with the account',
  })
  respond(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string, @Body() dto: SubmitResponseDto, @RequestLocale() locale: Locale): Promise<ResponseReceivedDto> {
    return this.responses.submit(user, id, dto, locale);
  }

  @Get(':id/report')
  @ApiOkResponse({ type: FormReportDto, description: 'Officers and partner NGOs (with free texts); anyone when publishResults. Others → 403 (401 signed out). Counts below minGroupSize are suppressed' })
  report(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string, @Query() q: ReportPeriodQuery): Promise<FormReportDto> {
    return this.reports.report(user, id, q);
  }

  @Get(':id/report.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The report’s aggregate table as CSV (UTF-8 with BOM), one row per option' })
  async reportCsv(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string, @Query() q: ReportPeriodQuery, @RequestLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    const { stream, filename } = await this.reports.csv(user, id, q, locale);
    await reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${filename}"`).send(stream);
  }

  @Get(':id/report.pdf')
  @ApiProduces('application/pdf')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'The report as PDF with a bar per option, Cyrillic text in an embedded font' })
  async reportPdf(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string, @Query() q: ReportPeriodQuery, @RequestLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    const { stream, filename } = await this.reports.pdf(user, id, q, locale);
    await reply.type('application/pdf').header('Content-Disposition', `inline; filename="${filename}"`).send(stream);
  }

  @Get(':id/responses.csv')
  @Auth()
  @ApiProduces('text/csv')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({
    description:
      'Officers: every response, streamed; on anonymous forms the day and the answers only. The same header and values in any interface language: `submitted_on` (and `account_email`, `name`, `invitation_email` on identified forms), a column per question named by its key with the answer as given (number, option keys separated by "; ", text), and for each choice question its labels per language in `<key>_bg`, `<key>_en`, `<key>_mk`',
  })
  async responsesCsv(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const { stream, filename } = await this.reports.responsesCsv(user, id);
    await reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${filename}"`).send(stream);
  }
}

@ApiTags('forms')
@Controller('me/forms')
export class MyFormsController {
  constructor(private readonly forms: FormsService) {}

  @Get()
  @Auth()
  @ApiOkResponse({ type: MyFormListDto, description: 'Open forms the caller may answer with the account (public or registered audience), and whether they did' })
  mine(@CurrentUser() user: AuthUser): Promise<MyFormListDto> {
    return this.forms.mine(user);
  }
}

@ApiTags('forms')
@Controller('reports')
export class SatisfactionController {
  constructor(private readonly reports: FormReportsService) {}

  @Get('satisfaction')
  @ApiOkResponse({ type: SatisfactionReportDto, description: 'Officers and partner NGOs of the municipality: per activity and month of the satisfaction and feedback forms' })
  satisfaction(@CurrentUser() user: AuthUser | undefined, @Query() q: SatisfactionQuery, @RequestLocale() locale: Locale): Promise<SatisfactionReportDto> {
    return this.reports.satisfaction(user, q, locale);
  }
}
