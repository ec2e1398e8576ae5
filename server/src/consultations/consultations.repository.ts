import { Injectable } from '@nestjs/common';
import { Tx } from '../database/transaction';
import type { SqlPredicate } from '../policy/subject-policy';
import type { CalendarAdjustments } from '../legal-time/holidays';
import { CalendarDay } from '../calendar/calendar-day.entity';
import { ConsultationSection } from './consultation-section.entity';
import { ConsultationVersion } from './consultation-version.entity';
import { Consultation, ConsultationKind } from './consultation.entity';
import type { ParsedSection } from './sections';
import { ConsultationStatus, statusCondition } from './status';

export interface ListFilter {
  municipalityId?: string;
  status?: ConsultationStatus;
  kind?: ConsultationKind;
  q?: string;
  /** which rows the caller may see: the consultation policy's predicate over alias `c` */
  visible: SqlPredicate;
  now: Date;
}

/** What decides a consultation's status and who may see it. */
export type ConsultationStatusFacts = Pick<Consultation, 'id' | 'municipalityId' | 'publishedAt' | 'opensAt' | 'closesAt' | 'reportPublishedAt' | 'outcomeRecordedAt'>;

@Injectable()
export class ConsultationsRepository {
  constructor(private readonly tx: Tx) {}

  findById(id: string): Promise<Consultation | null> {
    return this.tx.repo(Consultation).findOneBy({ id });
  }

  /**
   * Only what decides the status and who may see it: the hot path of a submission must not read
   * and parse the draft, which for a real ordinance is a quarter of a megabyte.
   */
  async findStatusFacts(id: string): Promise<ConsultationStatusFacts | null> {
    const rows = await this.tx.rows<ConsultationStatusFacts>(
      `SELECT id, municipality_id AS "municipalityId", published_at AS "publishedAt", opens_at AS "opensAt", closes_at AS "closesAt",
              report_published_at AS "reportPublishedAt", outcome_recorded_at AS "outcomeRecordedAt"
         FROM consultations WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The reference of a section ("Чл. 3"), if it belongs to the consultation. */
  async sectionRef(consultationId: string, sectionId: string): Promise<string | null | undefined> {
    const rows: Array<{ ref: string | null }> = await this.tx.manager.query('SELECT ref FROM consultation_sections WHERE id = $1 AND consultation_id = $2', [sectionId, consultationId]);
    return rows.length ? rows[0].ref : undefined;
  }

  /** Locks the row for the rest of the transaction (publish, correct, answer). */
  findForUpdate(id: string): Promise<Consultation | null> {
    return this.tx.repo(Consultation).createQueryBuilder('c').setLock('pessimistic_write').where('c.id = :id', { id }).getOne();
  }

  create(data: Partial<Consultation>): Consultation {
    return this.tx.repo(Consultation).create(data);
  }

  save(c: Consultation): Promise<Consultation> {
    return this.tx.repo(Consultation).save(c);
  }

  /**
   * Newest first by publication (drafts by creation), keyset on (sort time, id); only the rows
   * `filter.visible` (the consultation policy) lets the caller see.
   */
  async list(filter: ListFilter, limit: number, after?: [string, string]): Promise<Array<Consultation & { municipalitySlug: string }>> {
    const qb = this.tx
      .repo(Consultation)
      .createQueryBuilder('c')
      .innerJoin('c.municipality', 'm')
      .addSelect('m.slug', 'm_slug')
      .addSelect('COALESCE(c.published_at, c.created_at)', 'sort_at')
      .setParameter('now', filter.now)
      .orderBy('sort_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(limit);
    qb.andWhere(filter.visible.sql, filter.visible.params);
    if (filter.municipalityId) qb.andWhere('c.municipality_id = :mid', { mid: filter.municipalityId });
    if (filter.kind) qb.andWhere('c.kind = :kind', { kind: filter.kind });
    if (filter.status) qb.andWhere(statusCondition(filter.status, 'c', ':now'));
    const tsquery = toPrefixQuery(filter.q);
    if (tsquery) qb.andWhere(`to_tsvector('simple', c.search_text) @@ to_tsquery('simple', :tsq)`, { tsq: tsquery });
    if (after) qb.andWhere('(COALESCE(c.published_at, c.created_at), c.id) < (:afterAt, :afterId)', { afterAt: after[0], afterId: after[1] });
    const { entities, raw } = await qb.getRawAndEntities<{ m_slug: string; sort_at: Date }>();
    return entities.map((e, i) => Object.assign(e, { municipalitySlug: raw[i].m_slug, sortAt: raw[i].sort_at }));
  }

  sections(consultationId: string): Promise<Array<ConsultationSection & { contributionCount: number }>> {
    return this.tx.manager.query(
      `SELECT s.id, s.ref, s.title, s.text, s.chapter, s.ordinal,
              (SELECT count(*) FROM contributions c WHERE c.section_id = s.id AND c.hidden_at IS NULL)::int AS "contributionCount"
         FROM consultation_sections s WHERE s.consultation_id = $1 ORDER BY s.ordinal`,
      [consultationId],
    );
  }

  /** Keeps the id of every section whose ref survives (contributions point at it); adds and removes the rest. */
  async replaceSections(consultationId: string, parsed: ParsedSection[]): Promise<void> {
    const repo = this.tx.repo(ConsultationSection);
    const existing = await repo.findBy({ consultationId });
    const byRef = new Map(existing.map((s) => [s.ref, s]));
    const keep = new Set<string>();
    for (const p of parsed) {
      const found = byRef.get(p.ref);
      if (found) {
        keep.add(found.id);
        await repo.update({ id: found.id }, { ordinal: p.ordinal, title: p.title, text: p.text, chapter: p.chapter });
      } else {
        await repo.insert({ consultationId, ordinal: p.ordinal, ref: p.ref, title: p.title, text: p.text, chapter: p.chapter });
      }
    }
    const gone = existing.filter((s) => !keep.has(s.id)).map((s) => s.id);
    if (gone.length) await repo.delete(gone);
  }

  /**
   * Contributions per kind, and how many have an answer; hidden ones are left out, as from the
   * справка (they need no answer, and their kind is not the public's to count).
   */
  async counts(consultationId: string): Promise<{ contributions: number; proposals: number; comments: number; answered: number }> {
    const rows: Array<{ kind: string; n: number; answered: number }> = await this.tx.manager.query(
      `SELECT c.kind, count(*)::int AS n, count(r.id)::int AS answered
         FROM contributions c LEFT JOIN contribution_responses r ON r.contribution_id = c.id AND r.current
        WHERE c.consultation_id = $1 AND c.hidden_at IS NULL GROUP BY c.kind`,
      [consultationId],
    );
    const of = (k: string) => rows.find((r) => r.kind === k);
    return {
      contributions: rows.reduce((n, r) => n + r.n, 0),
      proposals: of('proposal')?.n ?? 0,
      comments: of('comment')?.n ?? 0,
      answered: rows.reduce((n, r) => n + r.answered, 0),
    };
  }

  async addVersion(v: Pick<ConsultationVersion, 'consultationId' | 'subject' | 'version' | 'snapshot' | 'note' | 'createdBy'>): Promise<void> {
    await this.tx.repo(ConsultationVersion).save(this.tx.repo(ConsultationVersion).create(v));
  }

  versions(consultationId: string): Promise<ConsultationVersion[]> {
    return this.tx.repo(ConsultationVersion).find({ where: { consultationId }, order: { subject: 'ASC', version: 'ASC' } });
  }

  async calendarAdjustments(country: 'BG' | 'MK'): Promise<CalendarAdjustments> {
    const days = await this.tx.repo(CalendarDay).findBy({ country });
    return {
      extraNonWorkingDays: days.filter((d) => d.kind === 'non_working').map((d) => ({ date: d.date, name: { bg: d.name.bg ?? '', en: d.name.en ?? d.name.bg ?? '', mk: d.name.mk ?? d.name.bg ?? '' } })),
      extraWorkingDays: days.filter((d) => d.kind === 'working').map((d) => d.date),
    };
  }
}

/** "обществени обсъжд" → "обществени:* & обсъжд:*": every word, matched by prefix. */
export function toPrefixQuery(q: string | undefined): string | null {
  if (!q) return null;
  const words = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}
