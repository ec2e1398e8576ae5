import { Injectable } from '@nestjs/common';
import { Tx } from '../database/transaction';
import type { SqlPredicate } from '../policy/subject-policy';
import { BodyConsultation, BodyKind, BodyMember, BodyStatus, MemberInvitation, MemberRole, PublicBody } from './body.entity';

export interface BodyListFilter {
  municipalityId?: string;
  kind?: BodyKind;
  status?: BodyStatus;
  /** which bodies the caller may see: the body policy's predicate over alias `b` */
  visible: SqlPredicate;
  now: Date;
}

export interface MemberRow {
  id: string;
  userId: string | null;
  name: string;
  organizationId: string | null;
  organizationName: string | null;
  role: MemberRole;
  since: string;
  until: string | null;
  invitation: MemberInvitation | null;
  /** invited by address and not answered yet: the name is the officer's, the account is not shown */
  byEmail: boolean;
}

/** A body's invitation waiting for the invited account's answer. */
export interface BodyInvitationRow {
  id: string;
  bodyId: string;
  bodyName: Record<string, string>;
  bodyKind: BodyKind;
  visibility: string;
  municipalityId: string;
  municipalityName: Record<string, string>;
  municipalitySlug: string;
  role: MemberRole;
  since: string;
  until: string | null;
  createdAt: Date;
}

export interface LinkedConsultationRow {
  id: string;
  title: Record<string, string>;
  publishedAt: Date | null;
  opensAt: Date | null;
  closesAt: Date | null;
  reportPublishedAt: Date | null;
  outcomeRecordedAt: Date | null;
  municipalityId: string;
}

/** "today" in the body's municipality, for terms of membership, inside SQL. */
const TODAY = `(CAST(:now AS timestamptz) AT TIME ZONE mun.time_zone)::date`;

@Injectable()
export class BodiesRepository {
  constructor(private readonly tx: Tx) {}

  findById(id: string): Promise<PublicBody | null> {
    return this.tx.repo(PublicBody).findOneBy({ id });
  }

  findForUpdate(id: string): Promise<PublicBody | null> {
    return this.tx.repo(PublicBody).createQueryBuilder('b').setLock('pessimistic_write').where('b.id = :id', { id }).getOne();
  }

  create(data: Partial<PublicBody>): PublicBody {
    return this.tx.repo(PublicBody).create(data);
  }

  save(b: PublicBody): Promise<PublicBody> {
    return this.tx.repo(PublicBody).save(b);
  }

  /**
   * Newest first, keyset on (created_at, id). Public bodies for everyone; private ones for the
   * staff of their municipality and their members.
   */
  async list(filter: BodyListFilter, limit: number, after?: [string, string]): Promise<Array<PublicBody & { municipalitySlug: string; memberCount: number }>> {
    const qb = this.tx
      .repo(PublicBody)
      .createQueryBuilder('b')
      .innerJoin('b.municipality', 'mun')
      .addSelect('mun.slug', 'mun_slug')
      .addSelect(`(SELECT count(*) FROM body_members bm WHERE bm.body_id = b.id AND bm.invitation IS DISTINCT FROM 'declined' AND bm.since <= ${TODAY} AND (bm.until IS NULL OR bm.until >= ${TODAY}))::int`, 'member_count')
      .setParameter('now', filter.now)
      .orderBy('b.created_at', 'DESC')
      .addOrderBy('b.id', 'DESC')
      .limit(limit);
    qb.andWhere(filter.visible.sql, filter.visible.params);
    if (filter.municipalityId) qb.andWhere('b.municipality_id = :mid', { mid: filter.municipalityId });
    if (filter.kind) qb.andWhere('b.kind = :kind', { kind: filter.kind });
    if (filter.status) qb.andWhere('b.status = :status', { status: filter.status });
    if (after) qb.andWhere('(b.created_at, b.id) < (:afterAt, :afterId)', { afterAt: after[0], afterId: after[1] });
    const { entities, raw } = await qb.getRawAndEntities<{ mun_slug: string; member_count: number }>();
    return entities.map((e, i) => Object.assign(e, { municipalitySlug: raw[i].mun_slug, memberCount: raw[i].member_count }));
  }

  /** Every term of membership, newest term first within each role order. */
  members(bodyId: string): Promise<MemberRow[]> {
    return this.tx.manager.query(
      `SELECT bm.id, bm.user_id AS "userId", CASE WHEN bm.invited_email IS NOT NULL THEN COALESCE(bm.name, '') ELSE COALESCE(u.display_name, bm.name, '') END AS name,
              bm.organization_id AS "organizationId", o.name AS "organizationName", bm.role, bm.since, bm.until, bm.invitation, bm.invited_email IS NOT NULL AS "byEmail"
         FROM body_members bm
         LEFT JOIN users u ON u.id = bm.user_id
         LEFT JOIN organizations o ON o.id = bm.organization_id
        WHERE bm.body_id = $1
        ORDER BY array_position(ARRAY['chair','vice_chair','secretary','member','observer']::text[], bm.role::text), bm.since DESC, name, bm.id`,
      [bodyId],
    );
  }

  saveMember(m: Partial<BodyMember>): Promise<BodyMember> {
    return this.tx.repo(BodyMember).save(this.tx.repo(BodyMember).create(m));
  }

  async deleteMember(id: string): Promise<void> {
    await this.tx.repo(BodyMember).delete({ id });
  }

  /**
   * The user's terms in the body that have not ended by `today` (current or yet to begin), accepted
   * or still waiting for an answer (a declined invitation is no term).
   */
  async openTermsOf(bodyId: string, userId: string, today: string): Promise<BodyMember[]> {
    return this.tx
      .repo(BodyMember)
      .createQueryBuilder('bm')
      .where('bm.body_id = :bodyId AND bm.user_id = :userId', { bodyId, userId })
      .andWhere(`bm.invitation IS DISTINCT FROM 'declined'`)
      .andWhere('(bm.until IS NULL OR bm.until >= :today)', { today })
      .getMany();
  }

  /** A pending invitation to `email` in the body whose term has not ended by `today`. */
  openInvitationByEmail(bodyId: string, email: string, today: string): Promise<BodyMember | null> {
    return this.tx
      .repo(BodyMember)
      .createQueryBuilder('bm')
      .where('bm.body_id = :bodyId AND bm.invited_email = :email', { bodyId, email })
      .andWhere(`bm.invitation = 'pending'`)
      .andWhere('(bm.until IS NULL OR bm.until >= :today)', { today })
      .getOne();
  }

  /**
   * The user's invitations waiting for an answer, in active bodies, whose term has not ended by
   * the day in the body's municipality.
   */
  invitationsFor(userId: string, now: Date): Promise<BodyInvitationRow[]> {
    return this.tx.manager.query(
      `SELECT bm.id, b.id AS "bodyId", b.name AS "bodyName", b.kind AS "bodyKind", b.visibility, mun.id AS "municipalityId", mun.name AS "municipalityName",
              mun.slug AS "municipalitySlug", bm.role, bm.since, bm.until, bm.created_at AS "createdAt"
         FROM body_members bm JOIN bodies b ON b.id = bm.body_id JOIN municipalities mun ON mun.id = b.municipality_id
        WHERE bm.user_id = $1 AND bm.invitation = 'pending' AND b.status = 'active'
          AND (bm.until IS NULL OR bm.until >= (CAST($2 AS timestamptz) AT TIME ZONE mun.time_zone)::date)
        ORDER BY bm.created_at DESC, bm.id`,
      [userId, now],
    );
  }

  /** For the account's export: every membership and invitation in a body, answered or not. */
  /** One member row, locked for the rest of the transaction. */
  findMemberForUpdate(memberId: string): Promise<BodyMember | null> {
    return this.tx.repo(BodyMember).createQueryBuilder('bm').setLock('pessimistic_write').where('bm.id = :memberId', { memberId }).getOne();
  }

  consultations(bodyId: string): Promise<LinkedConsultationRow[]> {
    return this.tx.manager.query(
      `SELECT c.id, c.title, c.published_at AS "publishedAt", c.opens_at AS "opensAt", c.closes_at AS "closesAt",
              c.report_published_at AS "reportPublishedAt", c.outcome_recorded_at AS "outcomeRecordedAt", c.municipality_id AS "municipalityId"
         FROM body_consultations bc JOIN consultations c ON c.id = bc.consultation_id
        WHERE bc.body_id = $1 ORDER BY COALESCE(c.published_at, c.created_at) DESC, c.id`,
      [bodyId],
    );
  }

  /** The consultations among `ids` that belong to the municipality. */
  async consultationsOf(municipalityId: string, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows: Array<{ id: string }> = await this.tx.manager.query('SELECT id FROM consultations WHERE municipality_id = $1 AND id = ANY($2::uuid[])', [municipalityId, ids]);
    return rows.map((r) => r.id);
  }

  async replaceConsultations(bodyId: string, ids: string[]): Promise<void> {
    await this.tx.repo(BodyConsultation).delete({ bodyId });
    if (ids.length) await this.tx.repo(BodyConsultation).insert(ids.map((consultationId) => ({ bodyId, consultationId })));
  }
}
