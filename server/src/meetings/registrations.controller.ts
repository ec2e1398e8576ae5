import { Body, Controller, Get, HttpCode, Param, Query, Res } from '@nestjs/common';
import { Post } from '../common/post';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser, RequestLocale } from '../common/decorators';
import type { Locale } from '../common/locale';
import { RateLimit } from '../common/rate-limit.guard';
import { wholeList } from '../common/pagination';
import { UuidPipe } from '../common/uuid.pipe';
import { CancelRegistrationDto, CancelResultDto, CheckInDto, CheckInResultDto, CreateRegistrationDto, MyRegistrationListDto, RegistrationCreatedDto, RegistrationDto, RegistrationListQuery, RegistrationPageDto } from './dto/registration.dto';
import { RegistrationsService } from './registrations.service';

@ApiTags('registrations')
@Controller()
export class RegistrationsController {
  constructor(private readonly service: RegistrationsService) {}

  @Post('meetings/:id/registrations')
  @RateLimit()
  @ApiCreatedResponse({ type: RegistrationCreatedDto, description: 'Anyone (a guest gives name and e-mail). Full → status waitlisted; approval → pending; closed → 409 registration_closed; twice → 409 already_registered. Officers: `walkIn: true` registers and checks in at once' })
  register(@CurrentUser() user: AuthUser | undefined, @Param('id', UuidPipe) id: string, @Body() dto: CreateRegistrationDto, @RequestLocale() locale: Locale): Promise<RegistrationCreatedDto> {
    return this.service.register(user, id, dto, locale);
  }

  @Get('meetings/:id/registrations')
  @Auth()
  @ApiOkResponse({ type: RegistrationPageDto, description: 'Officers: in order of registering' })
  list(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Query() q: RegistrationListQuery, @RequestLocale() locale: Locale): Promise<RegistrationPageDto> {
    return this.service.list(user, id, q, locale);
  }

  @Get('meetings/:id/registrations.csv')
  @Auth()
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Officers: every registration as CSV (UTF-8 with BOM); the same header and values in any interface language — status and category as codes with their bg/en/mk labels' })
  async csv(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Res() reply: FastifyReply): Promise<void> {
    const { stream, filename } = await this.service.csv(user, id);
    await reply.type('text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${filename}"`).send(stream);
  }

  @Post('meetings/:id/registrations/:registrationId/approve')
  @HttpCode(200)
  @Auth({ verified: true })
  @ApiOkResponse({ type: RegistrationDto, description: 'Pending → registered (waitlisted when full); waitlisted → registered at once' })
  approve(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Param('registrationId', UuidPipe) registrationId: string, @RequestLocale() locale: Locale): Promise<RegistrationDto> {
    return this.service.approve(user, id, registrationId, locale);
  }

  @Post('meetings/:id/registrations/:registrationId/reject')
  @HttpCode(200)
  @Auth({ verified: true })
  @ApiOkResponse({ type: RegistrationDto, description: 'Pending or waitlisted → rejected' })
  reject(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Param('registrationId', UuidPipe) registrationId: string, @RequestLocale() locale: Locale): Promise<RegistrationDto> {
    return this.service.reject(user, id, registrationId, locale);
  }

  @Post('meetings/:id/check-in')
  @HttpCode(200)
  @Auth({ verified: true })
  @ApiOkResponse({ type: CheckInResultDto, description: 'Officers at the door: counts for today when it is a meeting day; without `day` on another day, for the nearest day of the meeting (attendance entered before or after), and 409 already_checked_in if the person was already checked in. Unknown code → 404; the same day twice → 409 already_checked_in; not confirmed → 409 registration_not_confirmed; a `day` that is not the meeting’s → 422 not_a_meeting_day' })
  checkIn(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string, @Body() dto: CheckInDto): Promise<CheckInResultDto> {
    return this.service.checkIn(user, id, dto);
  }

  @Post('registrations/cancel')
  @HttpCode(200)
  @RateLimit()
  @ApiOkResponse({ type: CancelResultDto, description: 'With the token from the confirmation e-mail; the first on the waiting list moves up' })
  cancel(@Body() dto: CancelRegistrationDto): Promise<CancelResultDto> {
    return this.service.cancelByToken(dto.token);
  }

  @Post('registrations/:id/cancel')
  @HttpCode(200)
  @Auth()
  @ApiOkResponse({ type: CancelResultDto, description: 'The signed-in registrant, or an officer' })
  cancelById(@CurrentUser() user: AuthUser, @Param('id', UuidPipe) id: string): Promise<CancelResultDto> {
    return this.service.cancelById(user, id);
  }

  @Get('me/registrations')
  @Auth()
  @ApiOkResponse({ type: MyRegistrationListDto, description: 'The caller’s registrations, latest meetings first' })
  async mine(@CurrentUser() user: AuthUser): Promise<MyRegistrationListDto> {
    return wholeList(await this.service.mine(user));
  }
}
