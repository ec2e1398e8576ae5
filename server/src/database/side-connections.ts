import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Client, Pool, type QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';
import { statementName } from './transaction';

/** Connections of the side pool: the statements it runs are short and never wait on the main pool. */
const SIDE_POOL_SIZE = 4;

/**
 * Database connections beside the main (TypeORM) pool:
 * - a small pool for short autocommit statements that a request must not hold until it commits
 *   (the number of a first contribution). A request's transaction holds its main connection while
 *   it waits for a side one; side statements never need a main connection, so the two pools
 *   cannot wait on each other. (Taking such a statement from the main pool deadlocked under
 *   load: every main connection held by a transaction waiting for one more.)
 * - dedicated `LISTEN` connections (`listen`), for the caches that other instances invalidate.
 * Both are opened on first use and closed with the application.
 */
@Injectable()
export class SideConnections implements OnModuleDestroy {
  private readonly log = new Logger('SideConnections');
  private pool?: Pool;
  private readonly listeners = new Set<Client>();
  private closed = false;
  private readonly named: boolean;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.named = config.dbNamedStatements;
  }

  private options(listen = false): { connectionString: string; connectionTimeoutMillis: number } {
    const url = (listen && this.config.databaseListenUrl) || (this.dataSource.options as { url?: string }).url;
    if (!url) throw new Error('the data source has no url');
    return { connectionString: url, connectionTimeoutMillis: this.config.dbConnectTimeoutMs };
  }

  /** One autocommit statement on a side connection (named, as `Tx.rows`). */
  async rows<T extends QueryResultRow = QueryResultRow>(text: string, values: unknown[]): Promise<T[]> {
    if (!this.pool) {
      this.pool = new Pool({ ...this.options(), max: SIDE_POOL_SIZE });
      this.pool.on('error', (e) => this.log.warn(`idle side connection: ${e.message}`));
    }
    const query = this.named ? { name: statementName(text), text, values } : { text, values };
    return (await this.pool.query<T>(query)).rows;
  }

  /**
   * `LISTEN channel` on a connection of its own; `onMessage` gets each notification's payload.
   * `onState(true)` once it listens, `onState(false)` when the connection is lost (notifications
   * may be missed from then on: a cache stops keeping anything). Reconnects after a second while
   * the application runs.
   */
  listen(channel: string, onMessage: (payload: string) => void, onState: (listening: boolean) => void): void {
    if (!/^[a-z_]+$/.test(channel)) throw new Error(`bad channel ${channel}`);
    const connect = async (): Promise<void> => {
      if (this.closed) return;
      const client = new Client(this.options(true));
      this.listeners.add(client);
      let lost = false;
      const retry = (e?: Error): void => {
        if (lost) return;
        lost = true;
        this.listeners.delete(client);
        onState(false);
        void client.end().catch(() => undefined);
        if (this.closed) return;
        if (e) this.log.warn(`LISTEN ${channel}: ${e.message}; reconnecting`);
        setTimeout(() => void connect(), 1000).unref();
      };
      client.on('error', retry);
      client.on('end', () => retry());
      client.on('notification', (n) => {
        if (n.channel === channel) onMessage(n.payload ?? '');
      });
      try {
        await client.connect();
        await client.query(`LISTEN ${channel}`);
        onState(true);
      } catch (e) {
        retry(e as Error);
      }
    };
    void connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    for (const c of this.listeners) await c.end().catch(() => undefined);
    this.listeners.clear();
    await this.pool?.end().catch(() => undefined);
    this.pool = undefined;
  }
}
