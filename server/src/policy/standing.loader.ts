import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { localDateOf } from '../legal-time/zoned-time';
import { Tx } from '../database/transaction';
import type { OrganizationRole, StaffRoleName } from './roles';
import { ANONYMOUS, Standing, TermFacts, termGivesRights } from './standing';

/**
 * A caller's standing as the columns of a statement whose `$1` is their id: staff roles,
 * organisations, partner municipalities, body terms.
 */
export const STANDING_COLUMNS = `
         (SELECT coalesce(json_agg(json_build_object('m', municipality_id, 'r', role)), '[]') FROM staff_roles WHERE user_id = $1) AS roles,
         (SELECT coalesce(json_agg(json_build_object('o', organization_id, 'r', role)), '[]') FROM organization_members WHERE user_id = $1) AS orgs,
         (SELECT coalesce(json_agg(DISTINCT p.municipality_id), '[]')
            FROM partnerships p
            JOIN organization_members om ON om.organization_id = p.organization_id AND om.role = 'representative'
            JOIN organizations o ON o.id = p.organization_id AND o.verified_at IS NOT NULL
           WHERE om.user_id = $1) AS partner_of,
         (SELECT coalesce(json_agg(json_build_object('b', bm.body_id, 'until', bm.until, 'invitation', bm.invitation, 'tz', mu.time_zone)), '[]')
            FROM body_members bm JOIN bodies b ON b.id = bm.body_id JOIN municipalities mu ON mu.id = b.municipality_id
           WHERE bm.user_id = $1) AS terms`;

export interface StandingRow {
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

  /**
   * The standing read with the account: the JWT strategy selects `STANDING_COLUMNS` in the same
   * statement as the account and its session, so a signed-in request needs no second round trip
   * for it.
   */
  seed(viewer: AuthUser, row: StandingRow): void {
    this.cache.set(viewer, Promise.resolve(this.standing(viewer, row)));
  }

  private async load(viewer: AuthUser): Promise<Standing> {
    // a named statement: planned once per connection (unnamed, planning it cost 0.4 ms of PostgreSQL's CPU a request)
    const [row] = await this.tx.rows<StandingRow>(`SELECT ${STANDING_COLUMNS}`, [viewer.id]);
    return this.standing(viewer, row);
  }

  private standing(viewer: AuthUser, row: StandingRow): Standing {
    const now = this.clock.now();
    let bodyTerms: Set<string> | undefined;
    return {
      userId: viewer.id,
      admin: viewer.isAdmin,
      emailVerified: viewer.emailVerified,
      roles: new Map(row.roles.map((r) => [r.m, r.r])),
      organizations: new Map(row.orgs.map((o) => [o.o, o.r])),
      partnerOf: new Set(row.partner_of),
      // worked out when a policy first asks (bodies and meetings): the local date of each term's
      // municipality costs a time-zone conversion, which most requests never need
      get bodyTerms() {
        if (!bodyTerms) {
          const today = new Map<string, string>();
          const todayIn = (tz: string) => today.get(tz) ?? today.set(tz, localDateOf(now, tz)).get(tz)!;
          bodyTerms = new Set(row.terms.filter((t) => termGivesRights(t, todayIn(t.tz))).map((t) => t.b));
        }
        return bodyTerms;
      },
    };
  }
}
