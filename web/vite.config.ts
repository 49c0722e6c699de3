import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves the built app from web/dist on the same port; `npm run dev -w @plekwijzer/web`
// runs Vite with the API (npm start) behind its proxy.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    reportCompressedSize: true,
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:3000', ws: true },
      '/health': 'http://127.0.0.1:3000',
      // sign-in at the identity provider (the Host header stays the browser's, so the redirect URI does too) and calendar feeds
      '/auth': 'http://127.0.0.1:3000',
      '/ical': 'http://127.0.0.1:3000',
    },
  },
});
