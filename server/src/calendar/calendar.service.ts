import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { Tx } from '../database/transaction';
import { holidaysOf } from '../legal-time/holidays';
import { isLocalDate, localDateOf } from '../legal-time/zoned-time';
import { CalendarRepository } from './calendar.repository';
import type { CalendarDayDto, CalendarDto, DeclareDayDto } from './dto/calendar.dto';

/** The legal calendar: computed holidays plus the days an admin declares (what the deadline calculator skips). */
@Injectable()
export class CalendarService {
  constructor(
    private readonly repo: CalendarRepository,
    private readonly tx: Tx,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  private country(raw: string): 'BG' | 'MK' {
    const c = raw.toUpperCase();
    if (c !== 'BG' && c !== 'MK') throw DomainError.notFound();
    return c;
  }

  async list(raw: string, year?: number): Promise<CalendarDto> {
    const country = this.country(raw);
    year ??= Number(localDateOf(this.clock.now(), 'UTC').slice(0, 4));
    const declared = await this.repo.declaredIn(country, year);
    const days: CalendarDayDto[] = [
      ...holidaysOf(country, year).map((h) => ({ date: h.date, kind: h.movedFrom ? 'moved_holiday' : 'holiday', name: h.name })),
      ...declared.map((d) => ({ date: d.date, kind: d.kind === 'working' ? 'declared_working' : 'declared_non_working', name: d.name })),
    ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return { country, year, days };
  }

  declare(user: AuthUser, raw: string, date: string, dto: DeclareDayDto): Promise<CalendarDayDto> {
    const country = this.country(raw);
    if (!isLocalDate(date)) throw DomainError.validation([{ field: 'date', code: 'isISO8601' }]);
    return this.tx.run(async () => {
      await this.repo.declare({ country, date, kind: dto.kind, name: { ...dto.name } });
      await this.audit.record({ actorId: user.id, action: 'calendar.declare', entityType: 'calendar_day', entityId: `${country}:${date}`, after: { kind: dto.kind, name: dto.name } });
      return { date, kind: dto.kind === 'working' ? 'declared_working' : 'declared_non_working', name: dto.name };
    });
  }

  async remove(user: AuthUser, raw: string, date: string): Promise<void> {
    const country = this.country(raw);
    await this.tx.run(async () => {
      if (!(await this.repo.remove(country, date))) throw DomainError.notFound();
      await this.audit.record({ actorId: user.id, action: 'calendar.remove', entityType: 'calendar_day', entityId: `${country}:${date}` });
    });
  }
}
