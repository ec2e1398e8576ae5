import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/config';
import type { AppConfig } from '../config/config';

/**
 * Database connections beside the main (TypeORM) pool: dedicated `LISTEN` connections, for the
 * caches that other instances invalidate, opened on first use and closed with the application.
 * (A small pool for autocommit statements lived here too, for the participant number and the
 * account's rate count; both now run inside the submission's one statement.)
 */
@Injectable()
export class SideConnections implements OnModuleDestroy {
  private readonly log = new Logger('SideConnections');
  private readonly listeners = new Set<Client>();
  private closed = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private options(listen: boolean): { connectionString: string; connectionTimeoutMillis: number } {
    const url = (listen && this.config.databaseListenUrl) || (this.dataSource.options as { url?: string }).url;
    if (!url) throw new Error('the data source has no url');
    return { connectionString: url, connectionTimeoutMillis: this.config.dbConnectTimeoutMs };
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
  }
}
