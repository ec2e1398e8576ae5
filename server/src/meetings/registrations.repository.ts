import { Injectable } from '@nestjs/common';
import { Tx } from '../database/transaction';
import type { ParticipantRow } from './participation';
import { CheckIn, Registration } from './registration.entity';
import type { RegistrationStatus } from './registration-rules';

export type RegistrationRow = Registration & { days: string[] };

const ACTIVE: RegistrationStatus[] = ['registered', 'waitlisted', 'pending'];

@Injectable()
export class RegistrationsRepository {
  constructor(private readonly tx: Tx) {}

  create(data: Partial<Registration>): Registration {
    return this.tx.repo(Registration).create(data);
  }

  save(r: Registration): Promise<Registration> {
    return this.tx.repo(Registration).save(r);
  }

  findById(id: string): Promise<Registration | null> {
    return this.tx.repo(Registration).findOneBy({ id });
  }

  findByCode(meetingId: string, code: string): Promise<Registration | null> {
    return this.tx.repo(Registration).findOneBy({ meetingId, code });
  }

  findByTokenHash(hash: string): Promise<Registration | null> {
    return this.tx.repo(Registration).findOneBy({ cancelTokenHash: hash });
  }

  /** A registration of the same person (account or e-mail) that still holds or awaits a place. */
  findActive(meetingId: string, who: { userId?: string | null; email?: string | null }): Promise<Registration | null> {
    const qb = this.tx.repo(Registration).createQueryBuilder('r').where('r.meeting_id = :meetingId', { meetingId }).andWhere('r.status IN (:...active)', { active: ACTIVE });
    if (who.userId) qb.andWhere('r.user_id = :userId', { userId: who.userId });
    else if (who.email) qb.andWhere('lower(r.email) = lower(:email)', { email: who.email });
    else return Promise.resolve(null);
    return qb.getOne();
  }

  /** Those who hold or await a place and can be written to. */
  activeWithEmail(meetingId: string): Promise<Registration[]> {
    return this.tx.repo(Registration).createQueryBuilder('r').where('r.meeting_id = :meetingId AND r.status IN (:...active) AND r.email IS NOT NULL', { meetingId, active: ACTIVE }).orderBy('r.seq').getMany();
  }

  countRegistered(meetingId: string): Promise<number> {
    return this.tx.repo(Registration).countBy({ meetingId, status: 'registered' });
  }

  /** The waiting list, first come first. */
  waitlist(meetingId: string): Promise<Registration[]> {
    return this.tx.repo(Registration).find({ where: { meetingId, status: 'waitlisted' }, order: { seq: 'ASC' } });
  }

  /** 1 for the first on the waiting list. */
  async waitlistPosition(r: Registration): Promise<number> {
    return this.tx.repo(Registration).createQueryBuilder('r').where('r.meeting_id = :m AND r.status = :s AND r.seq <= :seq', { m: r.meetingId, s: 'waitlisted', seq: r.seq }).getCount();
  }

  async days(registrationId: string): Promise<string[]> {
    const rows = await this.tx.repo(CheckIn).find({ where: { registrationId }, order: { day: 'ASC' } });
    return rows.map((r) => r.day);
  }

  /** Records attendance for the day; false when the code was already checked in that day. */
  async addCheckIn(c: Pick<CheckIn, 'registrationId' | 'day' | 'meetingId' | 'at' | 'checkedInBy'>): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query(
      `INSERT INTO meeting_check_ins (registration_id, day, meeting_id, at, checked_in_by) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING day`,
      [c.registrationId, c.day, c.meetingId, c.at, c.checkedInBy],
    );
    return rows.length > 0;
  }

  findCheckIn(registrationId: string, day: string): Promise<CheckIn | null> {
    return this.tx.repo(CheckIn).findOneBy({ registrationId, day });
  }

  /** The officer's list, in order of registering, keyset on seq, with the days each person came. */
  async list(meetingId: string, filter: { status?: RegistrationStatus; q?: string }, limit: number, afterSeq?: number): Promise<RegistrationRow[]> {
    const qb = this.tx
      .repo(Registration)
      .createQueryBuilder('r')
      .addSelect(`COALESCE((SELECT array_agg(ci.day::text ORDER BY ci.day) FROM meeting_check_ins ci WHERE ci.registration_id = r.id), '{}')`, 'r_days')
      .where('r.meeting_id = :meetingId', { meetingId })
      .orderBy('r.seq', 'ASC')
      .limit(limit);
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
    if (filter.q) qb.andWhere('(r.name ILIKE :q OR r.email ILIKE :q OR r.code = :code OR r.home_settlement ILIKE :q OR r.organization_name ILIKE :q)', { q: `%${filter.q.replace(/[%_\\]/g, '\\$&')}%`, code: filter.q.toUpperCase() });
    if (afterSeq !== undefined) qb.andWhere('r.seq > :afterSeq', { afterSeq });
    const { entities, raw } = await qb.getRawAndEntities<{ r_days: string[] }>();
    return entities.map((e, i) => Object.assign(e, { days: raw[i].r_days }));
  }

  /** Every registration of the meeting, in pages, for the CSV. */
  async *all(meetingId: string, batch = 500): AsyncGenerator<RegistrationRow> {
    let after: number | undefined;
    for (;;) {
      const rows = await this.list(meetingId, {}, batch, after);
      yield* rows;
      if (rows.length < batch) return;
      after = rows[rows.length - 1].seq;
    }
  }

  /** The confirmed registrations as the participation report counts them. */
  participants(meetingId: string): Promise<ParticipantRow[]> {
    return this.tx.manager.query(
      `SELECT r.country, r.home_settlement AS settlement, r.home_municipality_id AS "municipalityId", r.category,
              COALESCE((SELECT array_agg(ci.day::text ORDER BY ci.day) FROM meeting_check_ins ci WHERE ci.registration_id = r.id), '{}') AS days
         FROM meeting_registrations r WHERE r.meeting_id = $1 AND r.status = 'registered' ORDER BY r.seq`,
      [meetingId],
    );
  }

  /** The caller's registrations, the latest meetings first. */
  mine(userId: string): Promise<Array<RegistrationRow & { meetingTitle: Record<string, string>; meetingStartsAt: Date; meetingEndsAt: Date; meetingLocation: Record<string, string>; meetingStatus: string; municipalitySlug: string; timeZone: string }>> {
    return this.tx.manager
      .query(
        `SELECT r.id, r.meeting_id AS "meetingId", r.code, r.status, r.name, r.registered_at AS "registeredAt",
                COALESCE((SELECT array_agg(ci.day::text ORDER BY ci.day) FROM meeting_check_ins ci WHERE ci.registration_id = r.id), '{}') AS days,
                m.title AS "meetingTitle", m.starts_at AS "meetingStartsAt", m.ends_at AS "meetingEndsAt", m.location AS "meetingLocation", m.status AS "meetingStatus",
                mu.slug AS "municipalitySlug", mu.time_zone AS "timeZone"
           FROM meeting_registrations r JOIN meetings m ON m.id = r.meeting_id JOIN municipalities mu ON mu.id = m.municipality_id
          WHERE r.user_id = $1 ORDER BY m.starts_at DESC, r.seq DESC LIMIT 200`,
        [userId],
      );
  }

  /** For the account export: every registration of the account, as the registrant gave it, with the days attended. */
  exportOfUser(userId: string): Promise<unknown[]> {
    return this.tx.manager.query(
      `SELECT r.id, r.meeting_id AS "meetingId", m.title AS "meetingTitle", r.code, r.status, r.name, r.email, r.home_settlement AS "homeSettlement",
              r.country, r.organization_name AS "organizationName", r.category, r.registered_at AS "registeredAt", r.cancelled_at AS "cancelledAt",
              COALESCE((SELECT array_agg(c.day::text ORDER BY c.day) FROM meeting_check_ins c WHERE c.registration_id = r.id), '{}') AS "daysAttended"
         FROM meeting_registrations r JOIN meetings m ON m.id = r.meeting_id WHERE r.user_id = $1 ORDER BY r.registered_at`,
      [userId],
    );
  }

  /** The account's registrations still active (registered, waitlisted, pending), by meeting. */
  activeOfUser(userId: string): Promise<Array<{ id: string; meeting_id: string }>> {
    return this.tx.manager.query(
      `SELECT id, meeting_id FROM meeting_registrations WHERE user_id = $1 AND status IN ('registered', 'waitlisted', 'pending') ORDER BY meeting_id`,
      [userId],
    );
  }

  /** Erases the account from its registrations: name emptied, e-mail, cancel link and account link gone. */
  async eraseUser(userId: string): Promise<void> {
    await this.tx.manager.query(
      // an empty name marks the erasure; readers see "deleted participant" in their language (registrantName)
      `UPDATE meeting_registrations SET name = '', email = NULL, cancel_token_hash = NULL, user_id = NULL WHERE user_id = $1`,
      [userId],
    );
  }
}
