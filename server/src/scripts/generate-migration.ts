/**
 * `npm run migration:generate -- <Name>`: diffs the entities against a database migrated with the
 * committed migrations and writes the difference as a new migration in migrations/. Read it
 * before committing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { schemaDiff } from '../schema/schema-diff';
import { withScratchDatabase } from './with-database';

const MIGRATIONS_DIR = path.resolve(__dirname, '../../../../../migrations');

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('Usage: npm run migration:generate -- <PascalCaseName>');
    process.exit(2);
  }
  const diff = await withScratchDatabase(schemaDiff);
  if (!diff.up.length) {
    console.log('No changes: the migrations already match the entities.');
    return;
  }
  const timestamp = Date.now();
  const className = `${name}${timestamp}`;
  const literal = (sql: string) => '`' + sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
  const indent = (qs: string[]) => qs.map((q) => `    await q.query(${literal(q)});`).join('\n');
  const file = path.join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
  fs.writeFileSync(
    file,
    `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(q: QueryRunner): Promise<void> {\n${indent(diff.up)}\n  }\n\n  async down(q: QueryRunner): Promise<void> {\n${indent(diff.down)}\n  }\n}\n`,
  );
  writeIndex();
  console.log(`Wrote ${path.relative(process.cwd(), file)} (${diff.up.length} statements). Read it before committing.`);
}

/** migrations/index.ts lists every migration file in name (= time) order. */
export function writeIndex() {
  const files = fs.readdirSync(MIGRATIONS_DIR).filter((f) => /^\d+-[A-Za-z0-9]+\.ts$/.test(f)).sort();
  const entries = files.map((f) => {
    const [ts, rest] = f.replace(/\.ts$/, '').split('-');
    return { file: f.replace(/\.ts$/, ''), cls: `${rest}${ts}` };
  });
  const body = [
    '// Maintained by `npm run migration:generate`: the committed migrations, in order.',
    "import type { MigrationInterface } from 'typeorm';",
    ...entries.map((e) => `import { ${e.cls} } from './${e.file}';`),
    '',
    `export const MIGRATIONS: Array<new () => MigrationInterface> = [${entries.map((e) => e.cls).join(', ')}];`,
    '',
  ].join('\n');
  fs.writeFileSync(path.join(MIGRATIONS_DIR, 'index.ts'), body);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
