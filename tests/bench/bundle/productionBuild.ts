import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Rollup } from 'vite';

export const projectRoot = join(import.meta.dirname, '..', '..', '..');

/** A built chunk or asset as the size checks need it: file name, bytes, and for chunks the modules inside and the static imports. */
export type BuiltFile = {
  readonly fileName: string;
  readonly kind: 'chunk' | 'asset';
  readonly bytes: Uint8Array;
  readonly isEntry: boolean;
  readonly moduleIds: readonly string[];
  /** Each module's length in the chunk's code as the bundler rendered it (before minification). */
  readonly moduleLengths: Readonly<Record<string, number>>;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
};

export type ProductionBuild = { readonly outDir: string; readonly files: ReadonlyMap<string, BuiltFile> };

const encoder = new TextEncoder();

function toBuiltFile(item: Rollup.OutputChunk | Rollup.OutputAsset): BuiltFile {
  if (item.type === 'asset') {
    const bytes = typeof item.source === 'string' ? encoder.encode(item.source) : item.source;
    return { fileName: item.fileName, kind: 'asset', bytes, isEntry: false, moduleIds: [], moduleLengths: {}, imports: [], dynamicImports: [] };
  }
  return {
    fileName: item.fileName,
    kind: 'chunk',
    bytes: encoder.encode(item.code),
    isEntry: item.isEntry,
    moduleIds: item.moduleIds,
    moduleLengths: Object.fromEntries(Object.entries(item.modules).map(([id, module]) => [id, module.renderedLength])),
    imports: item.imports,
    dynamicImports: item.dynamicImports,
  };
}

/**
 * The production bundle exactly as `npm run build` makes it (the project's vite.config.ts), written to a
 * fresh directory under os.tmpdir() (or the one given) so it can also be served.
 */
export async function productionBuild(outDir = mkdtempSync(join(tmpdir(), 'gov-info-report-bench-app-'))): Promise<ProductionBuild> {
  // Under vitest NODE_ENV is 'test', which would bundle React's development build: build as `npm run build` does.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  let result: Awaited<ReturnType<typeof build>>;
  try {
    result = await build({
      root: projectRoot,
      configFile: join(projectRoot, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const files = new Map<string, BuiltFile>();
  for (const output of outputs) {
    if (!('output' in output)) throw new Error('vite build returned a watcher, not an output');
    for (const item of output.output) files.set(item.fileName, toBuiltFile(item));
  }
  return { outDir, files };
}
