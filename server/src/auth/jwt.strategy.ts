import { Inject, Injectable } from '@nestjs/common';
import { createSecretKey, type KeyObject } from 'node:crypto';
import { PassportStrategy } from '@nestjs/passport';
import { verify, type JwtPayload } from 'jsonwebtoken';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AuthUser } from '../common/auth-user';
import type { Locale } from '../common/locale';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { Batches } from '../database/batches';
import { Tx } from '../database/transaction';
import { STANDING_COLUMNS, StandingLoader, type StandingRow } from '../policy/standing.loader';

const bearer = ExtractJwt.fromAuthHeaderAsBearerToken();

/**
 * Access tokens whose signature was checked, until they expire: an HS256 check is an HMAC of the
 * token (about 4 % of a signed-in request's CPU, docs/performance.md, sixth run), and a client
 * sends the same token for its 15 minutes. Only the signature and `exp` are remembered; the
 * account and its session are read on every request all the same. At most `max` tokens, the
 * oldest forgotten first.
 */
export class VerifiedTokens {
  private readonly tokens = new Map<string, AccessPayload>();

  constructor(
    private readonly key: KeyObject,
    private readonly max = 10_000,
    private readonly verifySignature: typeof verify = verify,
  ) {}

  /** The payload of a token signed with the key and not expired; throws as jsonwebtoken does. */
  check(token: string): AccessPayload {
    const known = this.tokens.get(token);
    if (known && typeof known.exp === 'number' && known.exp * 1000 > Date.now()) return known;
    if (known) this.tokens.delete(token);
    const payload = this.verifySignature(token, this.key, { algorithms: ['HS256'] }) as JwtPayload & AccessPayload;
    if (typeof payload.exp === 'number') {
      if (this.tokens.size >= this.max) this.tokens.delete(this.tokens.keys().next().value!);
      this.tokens.set(token, payload);
    }
    return payload;
  }
}

/**
 * Accounts, their sessions and their standing (for the policy) in one named statement: the hot
 * path of every signed-in request. `$1` the accounts, `$2` the sessions (the tokens' refresh
 * families), pair by pair; one row for each pair whose account exists and whose session is live,
 * numbered `i` by its place in the arrays. The server reads the accounts of the requests that
 * arrive together in one call (`JwtStrategy`), one alone when it is quiet.
 */
export const ACCOUNT_STATEMENT = `SELECT q.i::integer AS i, u.*
         FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS q(uid, sid, i)
         CROSS JOIN LATERAL (
           SELECT u.id, u.email, u.display_name, u.locale, u.is_admin, u.email_verified_at IS NOT NULL AS verified, ${STANDING_COLUMNS.replaceAll('$1', 'u.id')}
             FROM users u
            WHERE u.id = q.uid AND u.deleted_at IS NULL
              AND EXISTS (SELECT 1 FROM refresh_tokens t WHERE t.family_id = q.sid AND t.user_id = u.id AND t.revoked_at IS NULL)) u`;

type AccountRow = StandingRow & { id: string; email: string | null; display_name: string; locale: Locale; is_admin: boolean; verified: boolean };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface AccessPayload {
  sub: string;
  /** the session: the refresh-token family the token was issued with */
  sid?: unknown;
  exp?: unknown;
}

/**
 * Bearer access tokens: short-lived HS256 JWTs. On every request the account is re-read (a deleted
 * account stops at once) and so is the session the token names: logout, a password reset and the
 * account's deletion revoke the session, which ends its access tokens at once instead of when they
 * expire. A token without `exp` or without a session is refused. The caller's standing (roles,
 * organisations, body terms) comes in the same statement and is kept for the request. Database errors propagate (they
 * are not a bad token). The requests that arrive while `DB_BATCHES` reads are running have their
 * accounts read together in the next one (`Batches`): each read still starts after its request
 * arrived, so it sees every logout and revocation committed before.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  private readonly verified: VerifiedTokens;
  private readonly accounts: Batches<{ sub: string; sid: string }, AccountRow | undefined>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tx: Tx,
    private readonly standing: StandingLoader,
  ) {
    // a KeyObject made once: given the string, jsonwebtoken tries it as a public key (which
    // throws) and then makes a secret key of it, on every request
    const key = createSecretKey(Buffer.from(config.jwtSecret));
    super({ jwtFromRequest: bearer, secretOrKey: key as unknown as string, algorithms: ['HS256'], ignoreExpiration: false });
    this.verified = new VerifiedTokens(key);
    this.accounts = new Batches((pairs) => this.readAccounts(pairs), { inFlight: config.dbBatches, size: 256, maxWaitMs: config.dbConnectTimeoutMs });
  }

  /** The accounts of several requests in one statement; the same account and session once. */
  private async readAccounts(pairs: Array<{ sub: string; sid: string }>): Promise<Array<AccountRow | undefined>> {
    const places = new Map<string, number>();
    const subs: string[] = [];
    const sids: string[] = [];
    const place = pairs.map(({ sub, sid }) => {
      const key = `${sub} ${sid}`;
      let at = places.get(key);
      if (at === undefined) {
        at = subs.push(sub);
        sids.push(sid);
        places.set(key, at);
      }
      return at;
    });
    const rows = await this.tx.rows<AccountRow & { i: number }>(ACCOUNT_STATEMENT, [subs, sids]);
    const byPlace = new Map(rows.map((r) => [r.i, r]));
    return place.map((at) => byPlace.get(at));
  }

  /** passport-jwt's authenticate, with the signature checks remembered (`VerifiedTokens`). */
  override authenticate(req: Parameters<typeof bearer>[0]): void {
    const token = bearer(req);
    if (!token) return this.fail(new Error('No auth token'), 401);
    let payload: AccessPayload;
    try {
      payload = this.verified.check(token);
    } catch (e) {
      return this.fail(e, 401);
    }
    this.validate(payload).then(
      (user) => (user ? this.success(user) : this.fail(401)),
      (e: Error) => this.error(e),
    );
  }

  async validate(payload: AccessPayload): Promise<AuthUser | false> {
    if (typeof payload.exp !== 'number' || typeof payload.sid !== 'string' || !UUID.test(payload.sid)) return false;
    if (typeof payload.sub !== 'string' || !UUID.test(payload.sub)) return false;
    const user = await this.accounts.add({ sub: payload.sub, sid: payload.sid });
    if (!user || !user.email) return false;
    const caller: AuthUser = { id: user.id, email: user.email, displayName: user.display_name, locale: user.locale, isAdmin: user.is_admin, emailVerified: user.verified };
    this.standing.seed(caller, user);
    return caller;
  }
}
