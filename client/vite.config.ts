import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { workerChunk } from './vite-worker-chunk.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The server serves dist/client; `npm run dev` proxies the API to a server started with `npm start`. */
export default defineConfig({
  root,
  base: '/',
  plugins: [workerChunk()],
  build: {
    outDir: fileURLToPath(new URL('../dist/client', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    // The server answers only its own Host and, for writes, its own Origin (DNS rebinding, cross-site
    // requests): the proxy presents both as the server's.
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: true, headers: { origin: 'http://127.0.0.1:3000' } } },
  },
});
