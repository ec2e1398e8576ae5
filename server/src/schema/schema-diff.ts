import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source';

export interface SchemaDiff {
  up: string[];
  down: string[];
}

/**
 * What `typeorm migration:generate` would write: the SQL that takes the migrated database to the
 * entities. Empty means the committed migrations match the code (the CI drift check).
 */
export async function schemaDiff(url: string): Promise<SchemaDiff> {
  const ds = new DataSource(dataSourceOptions(url, { extra: { max: 2 } }));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const log = await ds.driver.createSchemaBuilder().log();
    return {
      up: log.upQueries.map((q) => withParams(q.query, q.parameters)),
      down: log.downQueries.map((q) => withParams(q.query, q.parameters)).reverse(),
    };
  } finally {
    await ds.destroy();
  }
}

function withParams(query: string, parameters?: unknown[]): string {
  if (!parameters?.length) return query;
  return query.replace(/\$(\d+)/g, (_, i: string) => {
    const v = parameters[Number(i) - 1];
    return typeof v === 'string' ? `'${v.replace(/'/g, "''")}'` : String(v);
  });
}
