#!/usr/bin/env node
// `npm test`: every test in one Jest run (server unit + integration on a throwaway real
// PostgreSQL, client component tests, browser journeys), closing with "N passed, N failed".
// Extra arguments go to Jest, e.g. `npm test -- --selectProjects server`.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jestBin = require.resolve('jest/bin/jest');
// Jest loads ESM-only packages (NestJS 12, pg-boss) through require(esm), which needs vm modules.
const nodeOptions = [process.env.NODE_OPTIONS, '--experimental-vm-modules', '--no-warnings=ExperimentalWarning'].filter(Boolean).join(' ');
// --forceExit: the throwaway PostgreSQL's exit hook keeps the parent alive after teardown.
const args = [jestBin, '--ci', '--forceExit', '--maxWorkers=2', ...process.argv.slice(2)];
const child = spawn(process.execPath, args, { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test', NODE_OPTIONS: nodeOptions } });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
