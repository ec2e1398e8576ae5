import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { Auth, CurrentUser } from '../common/decorators';
import { DomainError } from '../common/domain-error';
import { Clock } from '../common/clock';
import { Tx } from '../database/transaction';
import { CalendarDay } from './calendar-day.entity';
import { holidaysOf } from '../legal-time/holidays';
import { isLocalDate, localDateOf } from '../legal-time/zoned-time';
import { LocalizedTextDto } from '../municipalities/dto/municipality.dto';

export class CalendarQuery {
  @ApiPropertyOptional({ description: 'the current year by default' }) @IsOptional() @Type(() => Number) @IsInt() @Min(1990) @Max(2100) year?: number;
}

export class DeclareDayDto {
  @ApiProperty({ enum: ['non_working', 'working'], description: 'a day off declared by the government, or a Saturday declared a working day' }) @IsIn(['non_working', 'working']) kind: 'non_working' | 'working';
  @ApiProperty({ type: LocalizedTextDto, example: { bg: 'Решение на Министерския съвет № 808/2025' } }) @IsObject() @ValidateNested() @Type(() => LocalizedTextDto) name: LocalizedTextDto;
}

export class CalendarDayDto {
  @ApiProperty() date: string;
  @ApiProperty({ enum: ['holiday', 'moved_holiday', 'declared_non_working', 'declared_working'] }) kind: string;
  @ApiProperty({ type: LocalizedTextDto }) name: LocalizedTextDto;
}

export class CalendarDto {
  @ApiProperty({ enum: ['BG', 'MK'] }) country: string;
  @ApiProperty() year: number;
  @ApiProperty({ type: [CalendarDayDto] }) days: CalendarDayDto[];
}

/** The days the deadline calculator skips: official holidays (computed) and days declared by the government. */
@ApiTags('calendar')
@Controller('calendar/:country')
export class CalendarController {
  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  private country(raw: string): 'BG' | 'MK' {
    const c = raw.toUpperCase();
    if (c !== 'BG' && c !== 'MK') throw DomainError.notFound();
    return c;
  }

  @Get()
  @ApiOkResponse({ type: CalendarDto })
  async list(@Param('country') raw: string, @Query() q: CalendarQuery): Promise<CalendarDto> {
    const country = this.country(raw);
    const year = q.year ?? Number(localDateOf(this.clock.now(), 'UTC').slice(0, 4));
    const declared = await this.tx.repo(CalendarDay).createQueryBuilder('d').where('d.country = :country', { country }).andWhere("to_char(d.date, 'YYYY') = :y", { y: String(year) }).getMany();
    const days: CalendarDayDto[] = [
      ...holidaysOf(country, year).map((h) => ({ date: h.date, kind: h.movedFrom ? 'moved_holiday' : 'holiday', name: h.name })),
      ...declared.map((d) => ({ date: d.date, kind: d.kind === 'working' ? 'declared_working' : 'declared_non_working', name: d.name })),
    ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return { country, year, days };
  }

  @Put(':date')
  @Auth({ admin: true })
  @ApiOkResponse({ type: CalendarDayDto, description: 'Admins: a one-off day declared by the government; deadlines computed after this take it into account' })
  async declare(@CurrentUser() user: AuthUser, @Param('country') raw: string, @Param('date') date: string, @Body() dto: DeclareDayDto): Promise<CalendarDayDto> {
    const country = this.country(raw);
    if (!isLocalDate(date)) throw DomainError.validation([{ field: 'date', code: 'isISO8601' }]);
    return this.tx.run(async () => {
      await this.tx.repo(CalendarDay).upsert({ country, date, kind: dto.kind, name: { ...dto.name } }, ['country', 'date']);
      await this.audit.record({ actorId: user.id, action: 'calendar.declare', entityType: 'calendar_day', entityId: `${country}:${date}`, after: { kind: dto.kind, name: dto.name } });
      return { date, kind: dto.kind === 'working' ? 'declared_working' : 'declared_non_working', name: dto.name };
    });
  }

  @Delete(':date')
  @HttpCode(204)
  @Auth({ admin: true })
  @ApiNoContentResponse()
  async remove(@CurrentUser() user: AuthUser, @Param('country') raw: string, @Param('date') date: string): Promise<void> {
    const country = this.country(raw);
    await this.tx.run(async () => {
      const r = await this.tx.repo(CalendarDay).delete({ country, date });
      if (!r.affected) throw DomainError.notFound();
      await this.audit.record({ actorId: user.id, action: 'calendar.remove', entityType: 'calendar_day', entityId: `${country}:${date}` });
    });
  }
}
