import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';

/**
 * The service method is the transaction boundary: `tx.run(() => …)` opens one transaction and
 * every repository call inside it (however deep) uses it, through AsyncLocalStorage.
 */
@Injectable()
export class Tx {
  private readonly storage = new AsyncLocalStorage<EntityManager>();

  constructor(readonly dataSource: DataSource) {}

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
}
