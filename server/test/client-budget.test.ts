import path from 'node:path';

// The size budget of a visitor's first page (issue 9): the JavaScript a phone downloads before the
// home page or a consultation can show, gzip-compressed, read from the built client's Vite
// manifest (npm test builds it first). See scripts/first-load.mjs and docs/performance.md.
// The goal is 150 kB for both; the libraries every page needs (React, React Router, i18next,
// TanStack Query) are 129 kB of it, so these ceilings hold what splitting has reached (home
// 152 kB, consultation 170 kB, from 322 kB) against growth until the messages split per language.
const CEILING_BYTES: Record<string, number> = { home: 155_000, consultation: 175_000 };

it.each(['home', 'consultation'])('the first load of the %s page stays within its ceiling of compressed JavaScript, without the staff’s screens', async (route) => {
  const { firstLoad, CLIENT_DIST } = await import(path.resolve(__dirname, '../../scripts/first-load.mjs'));
  const result = firstLoad(CLIENT_DIST)[route];
  expect(result.files.length).toBeGreaterThan(1);
  expect(result.files.join(' ')).not.toMatch(/ManagePage|FormBuilderPage|MunicipalitiesPage|RegistrationQr|markdown-render/);
  expect(result.gzip).toBeLessThanOrEqual(CEILING_BYTES[route]);
});
