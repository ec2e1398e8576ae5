import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { messagesPerLanguage, precompress, routeList } from './vite/plugins';

// The NestJS API on its default port; in production both share one origin.
const apiProxy = { '/api': { target: 'http://localhost:3000' } };

// The libraries every page needs: one chunk of their own stays cached across releases. Others
// (marked, DOMPurify, qrcode …) go with the pages that use them.
const CORE = /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next|openapi-fetch)[\\/]/;

// The built client is served by the NestJS server from client/dist on the same origin as /api.
export default defineConfig({
  plugins: [react(), messagesPerLanguage(), routeList(path.resolve(import.meta.dirname, 'src/app/routes.tsx'), path.resolve(import.meta.dirname, 'src/app/pages.tsx')), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // .vite/manifest.json: which chunks each entry and lazy page loads (the size budget test reads it)
    manifest: true,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'vendor', test: CORE }] } } },
  },
  server: { port: 5173, proxy: apiProxy },
  preview: { port: 4173, proxy: apiProxy },
});
