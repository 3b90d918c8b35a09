import { defineConfig, mergeConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import legacy from '@vitejs/plugin-legacy';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cssTargets, supportedBrowsers } from './build/browserTargets.ts';
import { polyfillGatePlugin } from './build/polyfillGate.ts';
import { securityPolicyPlugin } from './build/securityPolicy.ts';
import { singleFileConfig } from './build/singleFileBuild.ts';

const manifest = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// base './' so the built app works from any sub-path of an intranet server. Opened from disk, browsers
// refuse its module scripts: `npm run build:single` (--mode single) writes the one-file build for that.
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  const config = defineConfig({
    base: './',
    plugins: [
      react(),
      // The browsers of package.json's browserslist (Chromium 86 in 360安全浏览器 13 …): syntax lowered to
      // them (plugin-legacy sets build.target from modernTargets), and the core-js polyfills their engines
      // lack added by usage, in a chunk loaded before the entry. No legacy (SystemJS) chunks.
      legacy({ renderLegacyChunks: false, modernTargets: supportedBrowsers(), modernPolyfills: true }),
      // …loaded only in engines that lack something it provides (build/polyfillGate.ts).
      polyfillGatePlugin(),
      securityPolicyPlugin({ blob: single }),
    ],
    // 关于: the version and the day of the build.
    define: {
      __APP_VERSION__: JSON.stringify(manifest.version),
      __BUILD_DATE__: JSON.stringify(new Date().toISOString().slice(0, 10)),
    },
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    css: { transformer: 'lightningcss', lightningcss: { targets: cssTargets() } },
    build: { sourcemap: false },
    // The import worker loads mammoth lazily: module workers can split code, classic ones cannot.
    worker: { format: 'es' },
    server: { host: '127.0.0.1', port: 5173 },
    test: {
      globals: true,
      environment: 'node',
      include: ['tests/**/*.test.{ts,tsx}'],
      setupFiles: ['tests/setup.ts'],
      testTimeout: 60000,
      // A beforeAll may wait for a production build (plugin-legacy scans every chunk for polyfills: minutes on a loaded 2-core CI).
      hookTimeout: 600000,
      // CI only: a test that fails is run once more (a loaded CI machine can race a browser test's timing);
      // tests/run-all.mjs names every test that passed only on the second run, with its first failure.
      retry: process.env['CI'] ? 1 : 0,
      // expect.poll waits up to 10 s (vitest's default is 1 s: on a loaded 2-core machine the checks' pause,
      // the panels' debounce and a lazy chunk together can take longer than that).
      expect: { poll: { timeout: 10000, interval: 50 } },
    },
  });
  return single ? mergeConfig(config, singleFileConfig()) : config;
});
