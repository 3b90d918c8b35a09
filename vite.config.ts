import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

// The built page loads only its own files and runs no inline script. Styles may be inline because the
// preview iframe (srcdoc, which inherits this policy) shows the exported page with its own <style>.
// Build only: the dev server injects an inline script for React refresh.
const appSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const securityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: appSecurityPolicy }, injectTo: 'head-prepend' }],
};

// base './' so the built app works from any sub-path of an intranet server, or from disk.
export default defineConfig({
  base: './',
  plugins: [react(), securityPolicy],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2020', sourcemap: false },
  // The import worker loads mammoth lazily: module workers can split code, classic ones cannot.
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    globals: true,
    environment: 'node',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60000,
    hookTimeout: 120000,
    // CI only: a test that fails is run once more (a loaded CI machine can race a browser test's timing);
    // tests/run-all.mjs names every test that passed only on the second run, with its first failure.
    retry: process.env['CI'] ? 1 : 0,
    // expect.poll waits up to 10 s (vitest's default is 1 s: on a loaded 2-core machine the checks' pause,
    // the panels' debounce and a lazy chunk together can take longer than that).
    expect: { poll: { timeout: 10000, interval: 50 } },
  },
});
