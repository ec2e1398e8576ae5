import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The NestJS API on its default port; in production both share one origin.
const apiProxy = { '/api': { target: 'http://localhost:3000' } };

// The built client is served by the NestJS server from client/dist on the same origin as /api.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // libraries change less often than the app: a chunk of their own stays cached across releases
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] } } },
  },
  server: { port: 5173, proxy: apiProxy },
  preview: { port: 4173, proxy: apiProxy },
});
