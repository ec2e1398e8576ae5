import { Body, Controller, Get, Header, HttpCode, Param, Patch, Put, Query, Req, Res } from '@nestjs/common';
import { Post } from '../common/post';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser, RequestLocale } from '../common/decorators';
import { sendCacheable } from '../common/http-cache';
import type { Locale } from '../common/locale';
import { UuidPipe } from '../common/uuid.pipe';
import { CreateMeetingDto, FeedQuery, LangQuery, MeetingDto, MeetingListQuery, MeetingPageDto, UpdateMeetingDto } from './dto/meeting.dto';
import { MinutesDto, MinutesQuery, PublishMinutesDto, SaveMinutesDto } from './dto/minutes.dto';
import { ParticipationDto } from './dto/participation.dto';
import { MeetingsService } from './meetings.service';
import { MinutesService } from './minutes.service';
import { ParticipationService } from './participation.service';

const ICS_TYPE = 'text/calendar; charset=utf-8';

@ApiTags('meetings')
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly service: MeetingsService,
    private readonly minutes: MinutesService,
    private readonly participation: ParticipationService,
  ) {}

  @Get()
  @ApiOkResponse({ type: MeetingPageDto, description: 'By start; meetings of private bodies only for their members and the municipality’s staff' })
  list(@CurrentUser() user: AuthUser | undefined, @Query() q: MeetingListQuery): Promise<MeetingPageDto> {
    return this.service.list(user, q);
  }

  @Post()
  @Auth({ verified: true })
  @ApiCreatedResponse({ type: MeetingDto, description: 'Officers of the municipality; a dissolved body → 409 body_dissolved' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateMeetingDto): Promise<MeetingDto> {
    return this.service.create(user, dto);
  }

  @Get(':id.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'The meeting as iCalendar (RFC 5545)' })
  async ics(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string, @Query() q: LangQuery, @RequestLocale() locale: Locale, @Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const { body, lastModified } = await this.service.ics(user, id, q.lang ?? locale);
    // private meetings are for signed-in members: never in a shared cache
    await sendCacheable(req, reply, body, { type: ICS_TYPE, lastModified, cacheControl: user ? 'private, no-cache' : 'public, max-age=300', vary: 'Accept-Language, Authorization', open: !user, headers: { 'Content-Disposition': `attachment; filename="meeting-${id}.ics"` } });
  }

  @Get(':id')
  @ApiOkResponse({ type: MeetingDto })
  get(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string): Promise<MeetingDto> {
    return this.service.get(user, id);
  }

  @Patch(':id')
  @Auth({ verified: true })
  @ApiOkResponse({ type: MeetingDto, description: 'A larger capacity moves people up from the waiting list; `status: cancelled` tells the registrants' })
  update(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: UpdateMeetingDto): Promise<MeetingDto> {
    return this.service.update(user, id, dto);
  }

  @Get(':id/minutes')
  @ApiOkResponse({ type: MinutesDto, description: 'The published minutes (a version, the latest by default); officers also get the draft' })
  getMinutes(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string, @Query() q: MinutesQuery): Promise<MinutesDto> {
    return this.minutes.get(user, id, q.version);
  }

  @Put(':id/minutes')
  @Auth({ verified: true })
  @ApiOkResponse({ type: MinutesDto, description: 'Officers: saves the draft' })
  saveMinutes(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: SaveMinutesDto): Promise<MinutesDto> {
    return this.minutes.save(user, id, dto);
  }

  @Post(':id/minutes/publish')
  @HttpCode(200)
  @Auth({ verified: true })
  @ApiOkResponse({ type: MinutesDto, description: 'Publishes the draft as an immutable version; a later one needs a note (422 correction_note_required). Before the meeting → 409 meeting_not_started; no text → 422 minutes_empty' })
  publishMinutes(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: PublishMinutesDto): Promise<MinutesDto> {
    return this.minutes.publish(user, id, dto);
  }

  @Get(':id/participation')
  @ApiOkResponse({ type: ParticipationDto, description: 'Officers and partner NGOs at once; everyone once the minutes are published (409 minutes_not_published before)' })
  report(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string, @RequestLocale() locale: Locale): Promise<ParticipationDto> {
    return this.participation.report(user, id, locale);
  }

  @Get(':id/participation.csv')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The participation report as CSV (UTF-8 with BOM)' })
  async reportCsv(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string, @RequestLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    const { body, filename } = await this.participation.csv(user, id, locale);
    await reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${filename}"`).send(body);
  }

  @Get(':id/participation.pdf')
  @ApiProduces('application/pdf')
  @Header('Cache-Control', 'no-store')
  @ApiOkResponse({ description: 'The participation report as PDF, Cyrillic text in an embedded font' })
  async reportPdf(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string, @RequestLocale() locale: Locale, @Res() reply: FastifyReply): Promise<void> {
    const { stream, filename } = await this.participation.pdf(user, id, locale);
    await reply.type('application/pdf').header('Content-Disposition', `inline; filename="${filename}"`).send(stream);
  }
}

@ApiTags('meetings')
@Controller('feeds')
export class MeetingFeedsController {
  constructor(private readonly service: MeetingsService) {}

  @Get('meetings.ics')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'Upcoming public meetings of a municipality or a body, to subscribe to in a calendar app' })
  async feed(@Query() q: FeedQuery, @RequestLocale() locale: Locale, @Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    // the feed is built first: an error must not find the calendar's content type already set
    const { body, lastModified } = await this.service.feed(q, q.lang ?? locale);
    // the language follows Accept-Language unless ?lang= names it: a shared cache must keep one copy per language
    await sendCacheable(req, reply, body, { type: ICS_TYPE, lastModified, cacheControl: 'public, max-age=300', vary: 'Accept-Language', open: true });
  }
}
