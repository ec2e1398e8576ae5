import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { localDateOf } from '../legal-time/zoned-time';
import { Tx } from '../database/transaction';
import type { OrganizationRole, StaffRoleName } from './roles';
import { ANONYMOUS, Standing, TermFacts, termGivesRights } from './standing';

interface StandingRow {
  roles: Array<{ m: string; r: StaffRoleName }>;
  orgs: Array<{ o: string; r: OrganizationRole }>;
  partner_of: string[];
  terms: Array<{ b: string; until: string | null; invitation: TermFacts['invitation']; tz: string }>;
}

/**
 * Loads a caller's standing in one query, once per request: the `AuthUser` is made fresh by the
 * guard for each request, so the standing is kept beside it until the request ends. It is read
 * through the request's transaction when there is one.
 */
@Injectable()
export class StandingLoader {
  private readonly cache = new WeakMap<AuthUser, Promise<Standing>>();

  constructor(
    private readonly tx: Tx,
    private readonly clock: Clock,
  ) {}

  of(viewer: AuthUser | undefined): Promise<Standing> {
    if (!viewer) return Promise.resolve(ANONYMOUS);
    let s = this.cache.get(viewer);
    if (!s) {
      s = this.load(viewer);
      s.catch(() => this.cache.delete(viewer));
      this.cache.set(viewer, s);
    }
    return s;
  }

  /** After a write that changes the caller's own standing (a role, a membership) in this request. */
  forget(viewer: AuthUser | undefined): void {
    if (viewer) this.cache.delete(viewer);
  }

  private async load(viewer: AuthUser): Promise<Standing> {
    const [row]: StandingRow[] = await this.tx.manager.query(
      `SELECT
         (SELECT coalesce(json_agg(json_build_object('m', municipality_id, 'r', role)), '[]') FROM staff_roles WHERE user_id = $1) AS roles,
         (SELECT coalesce(json_agg(json_build_object('o', organization_id, 'r', role)), '[]') FROM organization_members WHERE user_id = $1) AS orgs,
         (SELECT coalesce(json_agg(DISTINCT p.municipality_id), '[]')
            FROM partnerships p
            JOIN organization_members om ON om.organization_id = p.organization_id AND om.role = 'representative'
            JOIN organizations o ON o.id = p.organization_id AND o.verified_at IS NOT NULL
           WHERE om.user_id = $1) AS partner_of,
         (SELECT coalesce(json_agg(json_build_object('b', bm.body_id, 'until', bm.until, 'invitation', bm.invitation, 'tz', mu.time_zone)), '[]')
            FROM body_members bm JOIN bodies b ON b.id = bm.body_id JOIN municipalities mu ON mu.id = b.municipality_id
           WHERE bm.user_id = $1) AS terms`,
      [viewer.id],
    );
    const now = this.clock.now();
    const today = new Map<string, string>();
    const todayIn = (tz: string) => today.get(tz) ?? today.set(tz, localDateOf(now, tz)).get(tz)!;
    return {
      userId: viewer.id,
      admin: viewer.isAdmin,
      emailVerified: viewer.emailVerified,
      roles: new Map(row.roles.map((r) => [r.m, r.r])),
      organizations: new Map(row.orgs.map((o) => [o.o, o.r])),
      partnerOf: new Set(row.partner_of),
      bodyTerms: new Set(row.terms.filter((t) => termGivesRights(t, todayIn(t.tz))).map((t) => t.b)),
    };
  }
}
