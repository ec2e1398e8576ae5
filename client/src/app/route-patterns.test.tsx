import fs from 'node:fs';
import path from 'node:path';
import type { RouteObject } from 'react-router';
import { lazyPageModules, routePages, routePatterns } from '../../vite/plugins';
import { routes } from './routes';

/** Every page's full pattern, from the route objects themselves. */
function walk(list: RouteObject[], prefix = ''): string[] {
  return list.flatMap((r) => {
    const here = r.path ? `${prefix.replace(/\/$/, '')}/${r.path.replace(/^\//, '')}` : prefix || '/';
    const own = r.index || (r.path && !r.children) ? [here] : [];
    return [...own, ...(r.children ? walk(r.children, here) : [])];
  });
}

it('the route list the server gets from the build (routes.json) is exactly the client’s pages', () => {
  const fromSource = routePatterns(fs.readFileSync(path.join(__dirname, 'routes.tsx'), 'utf8'));
  const fromRoutes = walk(routes).filter((p) => !p.endsWith('*'));
  expect(fromSource.sort()).toEqual([...new Set(fromRoutes)].sort());
  expect(fromSource).toEqual(expect.arrayContaining(['/', '/consultations/:id', '/officer/consultations/:id/edit', '/admin/organizations']));
});

it('every page of routes.tsx is a lazy page of pages.tsx whose modules the build can name for preloading', () => {
  const pages = routePages(fs.readFileSync(path.join(__dirname, 'routes.tsx'), 'utf8'));
  const modules = lazyPageModules(fs.readFileSync(path.join(__dirname, 'pages.tsx'), 'utf8'));
  const patterns = routePatterns(fs.readFileSync(path.join(__dirname, 'routes.tsx'), 'utf8'));
  expect(Object.keys(pages).sort()).toEqual([...patterns].sort());
  for (const component of Object.values(pages)) {
    expect(modules[component]).toBeDefined();
    for (const m of modules[component].map((x) => x.replace(/\?.*$/, ''))) expect(fs.existsSync(path.join(__dirname, `${m}.tsx`)) || fs.existsSync(path.join(__dirname, `${m}.ts`))).toBe(true);
  }
  expect(pages['/consultations/:id']).toBe('ConsultationPage');
  expect(modules.ConsultationPage).toEqual(['../features/consultations/ConsultationPage', '../features/consultations/messages?lang=bg']);
});
