import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { singleFileName } from '../../../build/singleFileBuild.ts';
import { inlineScripts } from '../../../build/securityPolicy.ts';
import { projectRoot } from './productionBuild.ts';

/** The one-file build (npm run build:single) written to a fresh folder; returns the page's path. */
export function singleFileBuild(outDir = mkdtempSync(join(tmpdir(), 'gov-info-report-bench-single-'))): string {
  const result = spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--mode', 'single', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`vite build --mode single failed:\n${result.stdout}\n${result.stderr}`);
  return join(outDir, singleFileName);
}

export type SingleFileStartup = {
  /** Bytes of JS the page parses before its first screen: the inline scripts and the parts made into blob: modules at start. */
  readonly jsBytes: number;
  readonly files: readonly string[];
  /** All the JS the file holds, most of it inert text until a feature needs it. */
  readonly heldBytes: number;
  readonly pageBytes: number;
};

/**
 * What the one-file page parses as JS before its first screen in an engine that needs no polyfills (the
 * runtime's entries and their static imports, from its graph) — the same measure as the served build's
 * initial JS (tests/bench/bundle/initialLoad.ts: entry, static imports, preloads).
 */
export function singleFileStartup(pagePath: string): SingleFileStartup {
  const html = readFileSync(pagePath, 'utf8');
  const parts = new Map<string, number>();
  for (const match of html.matchAll(/<script type="application\/octet-stream" data-file="([^"]+)">([\s\S]*?)<\/script>/g)) {
    parts.set(match[1] ?? '', Buffer.byteLength(match[2] ?? ''));
  }
  const inline = inlineScripts(html);
  const runtime = inline.find((script) => script.includes('__singleFile')) ?? '';
  const graph = JSON.parse(/var graph = (\{[\s\S]*?\});\n/.exec(runtime)?.[1] ?? '{}') as Record<string, string[]>;
  const entries = JSON.parse(/var entries = (\[[\s\S]*?\]);/.exec(runtime)?.[1] ?? '[]') as string[];
  if (entries.length === 0) throw new Error('no entries in the one-file runtime');
  const started = new Set<string>();
  const visit = (file: string) => {
    if (started.has(file)) return;
    started.add(file);
    (graph[file] ?? []).forEach(visit);
  };
  entries.forEach(visit);
  const inlineBytes = inline.reduce((sum, script) => sum + Buffer.byteLength(script), 0);
  return {
    jsBytes: inlineBytes + [...started].reduce((sum, file) => sum + (parts.get(file) ?? 0), 0),
    files: [...started],
    heldBytes: [...parts.values()].reduce((sum, bytes) => sum + bytes, 0),
    pageBytes: Buffer.byteLength(html),
  };
}
