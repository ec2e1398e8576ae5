import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser } from '../common/decorators';
import { CalendarService } from './calendar.service';
import { CalendarDayDto, CalendarDto, CalendarQuery, DeclareDayDto } from './dto/calendar.dto';

/** The days the deadline calculator skips: official holidays (computed) and days declared by the government. */
@ApiTags('calendar')
@Controller('calendar/:country')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @ApiOkResponse({ type: CalendarDto })
  list(@Param('country') raw: string, @Query() q: CalendarQuery): Promise<CalendarDto> {
    return this.calendar.list(raw, q.year);
  }

  @Put(':date')
  @Auth({ admin: true })
  @ApiOkResponse({ type: CalendarDayDto, description: 'Admins: a one-off day declared by the government; deadlines computed after this take it into account' })
  declare(@CurrentUser() user: AuthUser, @Param('country') raw: string, @Param('date') date: string, @Body() dto: DeclareDayDto): Promise<CalendarDayDto> {
    return this.calendar.declare(user, raw, date, dto);
  }

  @Delete(':date')
  @HttpCode(204)
  @Auth({ admin: true })
  @ApiNoContentResponse()
  remove(@CurrentUser() user: AuthUser, @Param('country') raw: string, @Param('date') date: string): Promise<void> {
    return this.calendar.remove(user, raw, date);
  }
}
