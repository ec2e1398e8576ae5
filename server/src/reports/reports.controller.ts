import { Body, Controller, Get, Header, HttpCode, Param, Put, Res } from '@nestjs/common';
import { Post } from '../common/post';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser, RequestLocale } from '../common/decorators';
import type { Locale } from '../common/locale';
import { UuidPipe } from '../common/uuid.pipe';
import { ConsultationsService } from '../consultations/consultations.service';
import { ConsultationDto } from '../consultations/dto/consultation.dto';
import { OutcomeDto, PublishReportDto, ReportDto, RespondDto, RespondManyDto, RespondManyResultDto, ResponseDto } from './dto/response.dto';
import { ResponsesService } from './responses.service';
import { ReportsService } from './reports.service';

@ApiTags('reports')
@Controller()
export class ReportsController {
  constructor(
    private readonly responses: ResponsesService,
    private readonly reports: ReportsService,
    private readonly consultations: ConsultationsService,
  ) {}

  @Put('contributions/:id/response')
  @Auth({ verified: true })
  @ApiOkResponse({ type: ResponseDto, description: 'After closing only (409 consultation_not_closed); reasons required unless accepted (422 reasoning_required)' })
  respond(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: RespondDto, @RequestLocale() locale: Locale): Promise<ResponseDto> {
    return this.responses.respond(user, id, dto, locale);
  }

  @Post('consultations/:id/responses')
  @HttpCode(200)
  @Auth({ verified: true })
  @ApiOkResponse({ type: RespondManyResultDto, description: 'One reasoned answer for many (a campaign), in one transaction' })
  respondMany(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: RespondManyDto, @RequestLocale() locale: Locale): Promise<RespondManyResultDto> {
    return this.responses.respondMany(user, id, dto.contributionIds, dto, locale);
  }

  @Get('consultations/:id/report')
  @ApiOkResponse({ type: ReportDto, description: 'The справка: public once published; a preview for officers before' })
  async report(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string, @RequestLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    await reply.type('application/json; charset=utf-8').send(await this.reports.reportJson(user, id, locale));
  }

  @Post('consultations/:id/report/publish')
  @HttpCode(200)
  @Auth({ verified: true })
  @ApiOkResponse({ type: ReportDto, description: '409 consultation_not_closed; 409 unanswered_proposals with their ids; with none received, the "no proposals" notice' })
  publish(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: PublishReportDto, @RequestLocale() locale: Locale): Promise<ReportDto> {
    return this.reports.publish(user, id, dto.note, locale);
  }

  @Get('consultations/:id/report.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The справка as CSV (UTF-8 with BOM): the same header and values in any interface language — codes with their bg/en/mk labels beside them' })
  async reportCsv(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const { stream, filename } = await this.reports.csv(user, id);
    await reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${filename}"`).send(stream);
  }

  @Get('consultations/:id/report.pdf')
  @ApiProduces('application/pdf')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'The справка as PDF, Cyrillic text in an embedded font' })
  async reportPdf(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string, @RequestLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    const { stream, filename } = await this.reports.pdf(user, id, locale);
    await reply.type('application/pdf').header('Content-Disposition', `inline; filename="${filename}"`).send(stream);
  }

  @Post('consultations/:id/outcome')
  @HttpCode(200)
  @Auth({ verified: true })
  @ApiOkResponse({ type: ConsultationDto, description: 'Before the report is out → 409 report_not_published' })
  async outcome(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: OutcomeDto): Promise<ConsultationDto> {
    await this.reports.recordOutcome(user, id, dto);
    return this.consultations.get(user, id);
  }
}
