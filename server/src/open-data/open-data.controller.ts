import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RequestLocale } from '../common/decorators';
import { sendCacheable } from '../common/http-cache';
import type { Locale } from '../common/locale';
import { UuidPipe } from '../common/uuid.pipe';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { ConsultationRecordsDto, ContributionRecordsDto } from './open-data.dto';
import { OpenDataService, TransparencyDto } from './open-data.service';

export class MunicipalityFilter {
  @ApiPropertyOptional({ description: 'municipality slug or id' }) @IsOptional() @IsString() @MaxLength(60) municipality?: string;
}

@ApiTags('open data')
@Controller()
export class OpenDataController {
  constructor(
    private readonly openData: OpenDataService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('municipalities/:id/transparency')
  @ApiOkResponse({ type: TransparencyDto })
  transparency(@Param('id') id: string): Promise<TransparencyDto> {
    return this.openData.transparency(id);
  }

  @Get('feeds/consultations.atom')
  @ApiProduces('application/atom+xml')
  @ApiOkResponse({ description: 'The newest published consultations as an Atom feed' })
  async atom(@Query() q: MunicipalityFilter, @RequestLocale() locale: Locale, @Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    // the body first: an unknown municipality must fail before the reply's type is set, or the
    // error's JSON would be sent as Atom
    const { body, lastModified } = await this.openData.atom(q.municipality, locale);
    await sendCacheable(req, reply, body, { type: 'application/atom+xml; charset=utf-8', lastModified, cacheControl: 'public, max-age=300', vary: 'Accept-Language', open: true });
  }

  @Get('open-data/catalog.jsonld')
  @ApiProduces('application/ld+json')
  @ApiOkResponse({ description: 'The DCAT-AP catalogue (JSON-LD) a data portal harvests: one dataset per municipality, published by the municipality with its official codes, with CSV, JSON and Atom distributions and the licence' })
  async catalog(@Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const { body, lastModified } = await this.openData.catalog();
    await sendCacheable(req, reply, body, { type: 'application/ld+json; charset=utf-8', lastModified, cacheControl: 'public, max-age=300', open: true, headers: { Link: `<${this.config.openDataLicense}>; rel="license"` } });
  }

  @Get('open-data/consultations.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Every published consultation, one row each; the same columns as the JSON, whatever the reader’s language' })
  async consultationsCsv(@Query() q: MunicipalityFilter, @Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const { records, lastModified } = await this.openData.consultationRecords(q.municipality);
    await sendCacheable(req, reply, OpenDataService.consultationsCsv(records), { type: 'text/csv; charset=utf-8', lastModified, cacheControl: 'public, max-age=300', open: true, headers: { 'Content-Disposition': 'attachment; filename="consultations.csv"', Link: `<${this.config.openDataLicense}>; rel="license"` } });
  }

  @Get('open-data/consultations.json')
  @ApiOkResponse({ type: ConsultationRecordsDto, description: 'The same records as consultations.csv, as JSON' })
  async consultationsJson(@Query() q: MunicipalityFilter, @Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const { records, lastModified } = await this.openData.consultationRecords(q.municipality);
    const body: ConsultationRecordsDto = { license: this.config.openDataLicense, items: records, nextCursor: null };
    await sendCacheable(req, reply, JSON.stringify(body), { type: 'application/json; charset=utf-8', lastModified, cacheControl: 'public, max-age=300', open: true, headers: { Link: `<${this.config.openDataLicense}>; rel="license"` } });
  }

  @Get('consultations/:id/contributions.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The contributions of a published consultation; names only where the author chose to publish them. The same columns and values in any interface language: the decision as a code with its label per language' })
  async contributionsCsv(@Param('id', UuidPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const csv = await this.openData.contributionsCsv(id);
    await reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="contributions-${id}.csv"`)
      .header('Access-Control-Allow-Origin', '*')
      .header('Link', `<${this.config.openDataLicense}>; rel="license"`)
      .send(csv);
  }

  @Get('consultations/:id/contributions.json')
  @ApiOkResponse({ type: ContributionRecordsDto, description: 'The same records as contributions.csv, as JSON' })
  async contributionsJson(@Param('id', UuidPipe) id: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const body: ContributionRecordsDto = { license: this.config.openDataLicense, items: await this.openData.contributionsJson(id), nextCursor: null };
    await sendCacheable(req, reply, JSON.stringify(body), { type: 'application/json; charset=utf-8', cacheControl: 'no-cache', open: true, headers: { Link: `<${this.config.openDataLicense}>; rel="license"` } });
  }
}
