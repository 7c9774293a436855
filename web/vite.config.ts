// Vite configuration for the Maillage front end.
// Run from the repository root: `npm run build:web` / `npm run dev:web`.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// Directory of this file, so the build does not depend on the current working directory.
const webRoot = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root: webRoot,
  // Absolute asset URLs: the SPA is also served on deep paths such as /communes/13203.
  base: '/',
  plugins: [preact()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    // Keep every asset a real file: simpler caching rules on the server, nothing relies on data: URLs.
    assetsInlineLimit: 0,
  },
  server: {
    // `npm run dev:web` proxies the API to a locally running `maillage serve`.
    proxy: {
      '/api': 'http://127.0.0.1:8080',
    },
  },
});
