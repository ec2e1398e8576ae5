// One Jest run for the whole product: server unit and integration tests, client component
// tests and browser journeys. scripts/test.mjs runs it and prints the closing totals line.
const path = require('node:path');
const fs = require('node:fs');

const swcServer = JSON.parse(fs.readFileSync(path.join(__dirname, 'server/.swcrc'), 'utf8'));
// ESM-only packages that the server's CommonJS test build must transform.
const esmOnly = ['@nestjs', 'json-schema-faker', 'file-type', 'load-esm', 'uid', 'strtok3', 'token-types', 'peek-readable', '@tokenizer', 'uint8array-extras'];
const transformIgnore = [`/node_modules/(?!(${esmOnly.join('|')})/)`];

module.exports = {
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/scripts/totals-reporter.js'],
  projects: [
    {
      displayName: 'server',
      rootDir: '<rootDir>/server',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.test.ts'],
      transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', { ...swcServer, swcrc: false }] },
      transformIgnorePatterns: transformIgnore,
      // json-schema-faker exports only an `import` condition, which Jest's CommonJS resolver skips
      moduleNameMapper: { '^json-schema-faker$': '<rootDir>/../node_modules/json-schema-faker/dist/index.js' },
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
      setupFiles: ['reflect-metadata'],
    },
    {
      displayName: 'client',
      rootDir: '<rootDir>/client',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
      transform: {
        '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } }],
      },
      moduleNameMapper: { '\\.(css)$': '<rootDir>/test/style-stub.js' },
      setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
    },
    {
      displayName: 'browser',
      rootDir: '<rootDir>/e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/**/*.e2e.ts'],
      transform: { '^.+\\.(t|j|mj)s$': ['@swc/jest', { ...swcServer, swcrc: false }] },
      transformIgnorePatterns: transformIgnore,
    },
  ],
};
