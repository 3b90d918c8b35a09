import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

/** Builds the bare page (production, same React and plugin as the app) into a fresh temp directory. */
export async function buildBare(outDir = mkdtempSync(join(tmpdir(), 'gov-info-report-bench-bare-'))): Promise<string> {
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
      root: import.meta.dirname,
      configFile: false,
      base: './',
      mode: 'production',
      logLevel: 'error',
      plugins: [react()],
      build: { outDir, emptyOutDir: true, target: 'es2020' },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  return outDir;
}
