/**
 * CI: fails when the entities need a migration that is not committed (what
 * `typeorm migration:generate --check` does), or when docs/openapi.json differs from the code.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { schemaDiff } from '../schema/schema-diff';
import { OPENAPI_FILE, generateOpenApi } from './openapi-document';
import { withScratchDatabase } from './with-database';

async function main(): Promise<number> {
  return withScratchDatabase(async (url) => {
    let failures = 0;
    const diff = await schemaDiff(url);
    if (diff.up.length) {
      failures++;
      console.error(`Migration drift: the entities need ${diff.up.length} statement(s) no migration has. Run \`npm run migration:generate -- <Name>\`:\n${diff.up.join('\n')}`);
    } else {
      console.log('Migrations match the entities.');
    }
    const doc = await generateOpenApi(url);
    const committed = fs.existsSync(OPENAPI_FILE) ? fs.readFileSync(OPENAPI_FILE, 'utf8') : '';
    if (doc !== committed) {
      failures++;
      console.error('OpenAPI drift: docs/openapi.json is out of date. Run `npm run openapi` and commit the result.');
    } else {
      console.log('docs/openapi.json matches the code.');
    }
    return failures;
  });
}

main()
  .then((failures) => process.exit(failures ? 1 : 0))
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
