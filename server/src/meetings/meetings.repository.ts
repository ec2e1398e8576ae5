import { Injectable } from '@nestjs/common';
import { Tx } from '../database/transaction';
import type { SqlPredicate } from '../policy/subject-policy';
import type { Municipality } from '../municipalities/municipality.entity';
import { Meeting, MeetingKind, MeetingMinutes, MeetingPartner } from './meeting.entity';

export interface MeetingListFilter {
  municipalityId?: string;
  /** also the meetings the municipality is a partner of */
  withPartnered?: boolean;
  bodyId?: string;
  kind?: MeetingKind;
  from?: string;
  to?: string;
  /** which meetings the caller may see: the meeting policy's predicate over alias `m` */
  visible: SqlPredicate;
  now: Date;
  order: 'asc' | 'desc';
  /** only meetings not yet over (the iCalendar feed) */
  upcoming?: boolean;
}

export interface Counts {
  registered: number;
  waitlisted: number;
  pending: number;
  attended: number;
}

/** A meeting is public unless its body is private. */

@Injectable()
export class MeetingsRepository {
  constructor(private readonly tx: Tx) {}

  findById(id: string): Promise<Meeting | null> {
    return this.tx.repo(Meeting).findOneBy({ id });
  }

  /** Locks the row: registrations, cancellations and capacity changes of one meeting queue up here. */
  findForUpdate(id: string): Promise<Meeting | null> {
    return this.tx.repo(Meeting).createQueryBuilder('m').setLock('pessimistic_write').where('m.id = :id', { id }).getOne();
  }

  create(data: Partial<Meeting>): Meeting {
    return this.tx.repo(Meeting).create(data);
  }

  save(m: Meeting): Promise<Meeting> {
    return this.tx.repo(Meeting).save(m);
  }

  /** By start, keyset on (starts_at, id); `from`/`to` are days in each meeting's municipality. */
  async list(f: MeetingListFilter, limit: number, after?: [string, string]): Promise<Array<Meeting & { municipalitySlug: string; timeZone: string }>> {
    const dir = f.order === 'desc' ? 'DESC' : 'ASC';
    const qb = this.tx
      .repo(Meeting)
      .createQueryBuilder('m')
      .innerJoin('m.municipality', 'mun')
      .addSelect('mun.slug', 'mun_slug')
      .addSelect('mun.time_zone', 'mun_tz')
      .setParameter('now', f.now)
      .orderBy('m.starts_at', dir)
      .addOrderBy('m.id', dir)
      .limit(limit);
    qb.andWhere(f.visible.sql, f.visible.params);
    if (f.municipalityId && f.withPartnered) qb.andWhere('(m.municipality_id = :mid OR EXISTS (SELECT 1 FROM meeting_partners mp WHERE mp.meeting_id = m.id AND mp.municipality_id = :mid))', { mid: f.municipalityId });
    else if (f.municipalityId) qb.andWhere('m.municipality_id = :mid', { mid: f.municipalityId });
    if (f.bodyId) qb.andWhere('m.body_id = :bodyId', { bodyId: f.bodyId });
    if (f.kind) qb.andWhere('m.kind = :kind', { kind: f.kind });
    if (f.from) qb.andWhere(`((m.ends_at - interval '1 millisecond') AT TIME ZONE mun.time_zone)::date >= CAST(:from AS date)`, { from: f.from });
    if (f.to) qb.andWhere(`(m.starts_at AT TIME ZONE mun.time_zone)::date <= CAST(:to AS date)`, { to: f.to });
    if (f.upcoming) qb.andWhere('m.ends_at > :now');
    if (after) qb.andWhere(`(m.starts_at, m.id) ${dir === 'ASC' ? '>' : '<'} (:afterAt, :afterId)`, { afterAt: after[0], afterId: after[1] });
    const { entities, raw } = await qb.getRawAndEntities<{ mun_slug: string; mun_tz: string }>();
    return entities.map((e, i) => Object.assign(e, { municipalitySlug: raw[i].mun_slug, timeZone: raw[i].mun_tz }));
  }

  partners(meetingId: string): Promise<Array<Pick<Municipality, 'id' | 'slug' | 'name' | 'country'>>> {
    return this.tx.manager.query(
      `SELECT mun.id, mun.slug, mun.name, mun.country FROM meeting_partners mp JOIN municipalities mun ON mun.id = mp.municipality_id WHERE mp.meeting_id = $1 ORDER BY mun.slug`,
      [meetingId],
    );
  }

  async replacePartners(meetingId: string, municipalityIds: string[]): Promise<void> {
    await this.tx.repo(MeetingPartner).delete({ meetingId });
    if (municipalityIds.length) await this.tx.repo(MeetingPartner).insert(municipalityIds.map((municipalityId) => ({ meetingId, municipalityId })));
  }

  async isPartner(meetingId: string, municipalityId: string): Promise<boolean> {
    return (await this.tx.repo(MeetingPartner).countBy({ meetingId, municipalityId })) > 0;
  }

  /** Registrations per status and how many came, for each of `ids`. */
  async counts(ids: string[]): Promise<Map<string, Counts>> {
    const out = new Map<string, Counts>(ids.map((id) => [id, { registered: 0, waitlisted: 0, pending: 0, attended: 0 }]));
    if (!ids.length) return out;
    const rows: Array<{ meeting_id: string; registered: number; waitlisted: number; pending: number; attended: number }> = await this.tx.manager.query(
      `SELECT r.meeting_id,
              count(*) FILTER (WHERE r.status = 'registered')::int AS registered,
              count(*) FILTER (WHERE r.status = 'waitlisted')::int AS waitlisted,
              count(*) FILTER (WHERE r.status = 'pending')::int AS pending,
              count(*) FILTER (WHERE r.status = 'registered' AND EXISTS (SELECT 1 FROM meeting_check_ins ci WHERE ci.registration_id = r.id))::int AS attended
         FROM meeting_registrations r WHERE r.meeting_id = ANY($1::uuid[]) GROUP BY r.meeting_id`,
      [ids],
    );
    for (const r of rows) out.set(r.meeting_id, { registered: r.registered, waitlisted: r.waitlisted, pending: r.pending, attended: r.attended });
    return out;
  }

  async addMinutes(v: Omit<MeetingMinutes, 'id' | 'meeting'>): Promise<void> {
    await this.tx.repo(MeetingMinutes).insert(v);
  }

  minutesVersions(meetingId: string): Promise<MeetingMinutes[]> {
    return this.tx.repo(MeetingMinutes).find({ where: { meetingId }, order: { version: 'ASC' } });
  }

  minutesVersion(meetingId: string, version: number): Promise<MeetingMinutes | null> {
    return this.tx.repo(MeetingMinutes).findOneBy({ meetingId, version });
  }
}
