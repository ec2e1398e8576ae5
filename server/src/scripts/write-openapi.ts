/** `npm run openapi`: writes docs/openapi.json from the code (CI fails when it is out of date). */
import 'reflect-metadata';
import fs from 'node:fs';
import { OPENAPI_FILE, generateOpenApi } from './openapi-document';
import { withScratchDatabase } from './with-database';

withScratchDatabase(generateOpenApi)
  .then((doc) => {
    fs.writeFileSync(OPENAPI_FILE, doc);
    console.log(`Wrote ${OPENAPI_FILE}`);
    process.exit(0);
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
