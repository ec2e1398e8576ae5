import { Injectable } from '@nestjs/common';
import type { LocalizedText } from '../common/locale';
import type { CountryCode } from '../legal-time/holidays';
import { Tx } from '../database/transaction';
import { CalendarDay } from './calendar-day.entity';

@Injectable()
export class CalendarRepository {
  constructor(private readonly tx: Tx) {}

  /** The days the government declared in a country's year. */
  declaredIn(country: CountryCode, year: number): Promise<CalendarDay[]> {
    return this.tx.repo(CalendarDay).createQueryBuilder('d').where('d.country = :country', { country }).andWhere("to_char(d.date, 'YYYY') = :y", { y: String(year) }).getMany();
  }

  async declare(day: { country: CountryCode; date: string; kind: 'non_working' | 'working'; name: LocalizedText }): Promise<void> {
    await this.tx.repo(CalendarDay).upsert(day, ['country', 'date']);
  }

  /** false when there was no such day */
  async remove(country: CountryCode, date: string): Promise<boolean> {
    const r = await this.tx.repo(CalendarDay).delete({ country, date });
    return !!r.affected;
  }
}
