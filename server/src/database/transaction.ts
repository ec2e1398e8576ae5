import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';

/**
 * The service method is the transaction boundary: `tx.run(() => …)` opens one transaction and
 * every repository call inside it (however deep) uses it, through AsyncLocalStorage.
 */
@Injectable()
export class Tx {
  private readonly storage = new AsyncLocalStorage<EntityManager>();
  private readonly named: boolean;

  constructor(
    readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.named = config.dbNamedStatements;
  }

  /** Runs `work` in one transaction; nested calls join the outer one. */
  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const current = this.storage.getStore();
    if (current) return work(current);
    return this.dataSource.transaction((em) => this.storage.run(em, () => work(em)));
  }

  /** The manager of the current transaction, or the pool's when there is none. */
  get manager(): EntityManager {
    return this.storage.getStore() ?? this.dataSource.manager;
  }

  repo<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  /**
   * For the hot paths: `text` as a named (prepared) statement on the current transaction's
   * connection, or on a pooled one outside a transaction. PostgreSQL parses and plans it once per
   * connection instead of on every request (TypeORM sends unnamed statements). The name comes
   * from the text, so one text is one statement. The rows as the `pg` driver gives them (an
   * UPDATE's too, unlike `manager.query`). `DB_NAMED_STATEMENTS=false` sends them unnamed.
   */
  async rows<T extends QueryResultRow = QueryResultRow>(text: string, values: unknown[]): Promise<T[]> {
    const query = this.named ? { name: statementName(text), text, values } : { text, values };
    const runner = this.storage.getStore()?.queryRunner;
    if (runner && !runner.isReleased) {
      const client = (await runner.connect()) as PoolClient;
      return (await client.query<T>(query)).rows;
    }
    const pool = (this.dataSource.driver as unknown as { master: Pool }).master;
    return (await pool.query<T>(query)).rows;
  }

}

const names = new Map<string, string>();

/** The name of a named statement: from its text, so that one text is always one statement. */
export function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `s_${createHash('sha1').update(text).digest('base64url').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}
