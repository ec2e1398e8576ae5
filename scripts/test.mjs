#!/usr/bin/env node
// `npm test`: every test in one Jest run (server unit + integration on a throwaway real
// PostgreSQL, client component tests, browser journeys). Extra arguments go to Jest.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jestBin = require.resolve('jest/bin/jest');
const args = [jestBin, '--ci', ...process.argv.slice(2)];
const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
