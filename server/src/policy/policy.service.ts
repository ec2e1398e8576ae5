import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../common/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import type { Standing } from './standing';
import { StandingLoader } from './standing.loader';
import type { SqlPredicate, SubjectPolicy } from './subject-policy';

/**
 * Each subject the policy layer answers for: its facts as the owning feature loads them (its
 * entity, which must have what the subject's policy reads) and its actions. Empty here: the
 * feature that owns a subject declares it (declaration merging, beside the loader it registers
 * with `Policy.register`), so that this layer imports no feature while `require` still answers
 * the feature's own type.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the features (declaration merging)
export interface Subjects {}

/**
 * An entry of `Subjects`: `F` is checked to have what the policy `P` reads (a feature's entity
 * satisfies the policy's facts interface structurally).
 */
export type Subject<F extends FactsOf<P>, P extends SubjectPolicy<never, string>> = { facts: F; action: ActionOf<P>; policy: P };
type FactsOf<P> = P extends SubjectPolicy<infer F, string> ? F : never;
type ActionOf<P> = P extends SubjectPolicy<never, infer A> ? A : never;

export type SubjectName = keyof Subjects;
type FactsOfSubject<K extends SubjectName> = Subjects[K] extends { facts: infer F } ? F : never;
type ActionOfSubject<K extends SubjectName> = Subjects[K] extends { action: infer A extends string } ? A : never;
type PolicyOfSubject<K extends SubjectName> = Subjects[K] extends { policy: infer P } ? P : never;

/** How a subject's facts are loaded by id (`lock`: FOR UPDATE where the feature's loader takes it). */
export type FactsLoader<F> = (id: string, lock: boolean) => Promise<F | null>;

interface Source {
  policy: SubjectPolicy<unknown, string>;
  load: FactsLoader<unknown>;
}

/**
 * The one place every service asks whether the caller may see a subject and act on it:
 * `require(viewer, subject, id, action, { lock })` answers the subject's facts, or throws
 * 404 when it does not exist for the caller (unknown, or not visible: the same answer), 401 when
 * it is visible but the action needs a signed-in caller, 403 when a signed-in caller may see it
 * but not do that. The rules themselves are the pure policies beside this file; the facts are
 * loaded by the feature that owns the subject, which registers its loader at start-up
 * (`register`), so that this layer depends on no feature.
 */
@Injectable()
export class Policy {
  private readonly sources = new Map<string, Source>();

  constructor(
    private readonly standings: StandingLoader,
    private readonly clock: Clock,
  ) {}

  /** Called by the feature owning `subject` when its module is built: its policy and how to load its facts. */
  register<K extends SubjectName>(subject: K, policy: PolicyOfSubject<K>, load: FactsLoader<FactsOfSubject<K>>): void {
    if (this.sources.has(subject)) throw new Error(`policy: ${subject} registered twice`);
    this.sources.set(subject, { policy: policy as SubjectPolicy<unknown, string>, load: load as FactsLoader<unknown> });
  }

  private source(subject: SubjectName): Source {
    const source = this.sources.get(subject);
    if (!source) throw new Error(`policy: no loader registered for ${subject}`);
    return source;
  }

  standing(viewer: AuthUser | undefined): Promise<Standing> {
    return this.standings.of(viewer);
  }

  /** After a write that changed the caller's own roles or memberships within this request. */
  forget(viewer: AuthUser | undefined): void {
    this.standings.forget(viewer);
  }

  /** A subject's facts as its policy reads them, without a check (null: unknown). */
  facts<K extends SubjectName>(subject: K, id: string): Promise<FactsOfSubject<K> | null> {
    return this.source(subject).load(id, false) as Promise<FactsOfSubject<K> | null>;
  }

  async require<K extends SubjectName>(viewer: AuthUser | undefined, subject: K, id: string, action: ActionOfSubject<K> | 'view', options: { lock?: boolean } = {}): Promise<FactsOfSubject<K>> {
    const source = this.source(subject);
    const facts = await source.load(id, options.lock ?? false);
    if (!facts) throw DomainError.notFound();
    await this.check(viewer, source.policy, facts, action);
    return facts as FactsOfSubject<K>;
  }

  /** The same answers as `require`, for facts the caller already holds. */
  async check<F, A extends string>(viewer: AuthUser | undefined, policy: SubjectPolicy<F, A>, facts: F, action: A | 'view'): Promise<void> {
    const now = this.clock.now();
    if (action === 'view' && policy.isPublic(facts, now)) return;
    const s = await this.standing(viewer);
    if (!policy.can(s, facts, 'view', now)) throw DomainError.notFound();
    if (action === 'view' || policy.can(s, facts, action, now)) return;
    if (!viewer) throw new DomainError('unauthorized');
    throw DomainError.forbidden();
  }

  /** Whether the caller may do `action` on a subject whose facts are known (no error). */
  async can<F, A extends string>(viewer: AuthUser | undefined, policy: SubjectPolicy<F, A>, facts: F, action: A | 'view'): Promise<boolean> {
    const now = this.clock.now();
    if (action === 'view' && policy.isPublic(facts, now)) return true;
    return policy.can(await this.standing(viewer), facts, action, now);
  }

  /** Every action's flag for the caller: the `can` of a detail DTO. */
  async flags<F, A extends string>(viewer: AuthUser | undefined, policy: SubjectPolicy<F, A>, facts: F): Promise<Record<A, boolean>> {
    const s = await this.standing(viewer);
    const now = this.clock.now();
    return Object.fromEntries(policy.actions.map((a) => [a, policy.can(s, facts, a, now)])) as Record<A, boolean>;
  }

  /** Those of `items` the caller may see. */
  async filter<F, A extends string, T extends F>(viewer: AuthUser | undefined, policy: SubjectPolicy<F, A>, items: T[]): Promise<T[]> {
    const now = this.clock.now();
    if (items.every((i) => policy.isPublic(i, now))) return items;
    const s = await this.standing(viewer);
    return items.filter((i) => policy.can(s, i, 'view', now));
  }

  /** The WHERE fragment of a list: the rows on which the caller may do `action`. */
  async sql<F, A extends string>(viewer: AuthUser | undefined, policy: SubjectPolicy<F, A>, action: A | 'view', alias: string): Promise<SqlPredicate> {
    return policy.sql(await this.standing(viewer), action, this.clock.now(), alias);
  }
}
