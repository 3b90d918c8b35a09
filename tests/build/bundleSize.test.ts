import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialLoad, lazyLibraries, libraryMarkers, librariesIn, type InitialLoad } from '../bench/bundle/initialLoad.ts';
import { productionBuild, type ProductionBuild } from '../bench/bundle/productionBuild.ts';

// Size budgets of issue 7. Sizes are deterministic, so they are checked here; timings only in `npm run bench`.
const require = createRequire(import.meta.url);
const initialJsGzipBudget = 120 * 1000; // bytes, gzip (zlib default level)

// Features that load only when the clerk or reviewer uses them (the ledger, PDF import, recognition data, 审查).
const onDemandModules = {
  'ledger .xlsx reader': /[\\/]src[\\/]import[\\/]ledger[\\/]readLedgerXlsx\.ts$/,
  'write-excel-file': /[\\/]node_modules[\\/]write-excel-file[\\/]/,
  'ledger panel': /[\\/]src[\\/]ui[\\/]ledger[\\/]LedgerPanel\.tsx$/,
  'pdf.js': /[\\/]node_modules[\\/]pdfjs-dist[\\/]/,
  'GB/T 2260 division names': /[\\/]src[\\/]model[\\/]agency[\\/]gbt2260Divisions\.ts$/,
  'review page': /[\\/]src[\\/]ui[\\/]review[\\/]ReviewPage\.tsx$/,
} as const;

describe('production bundle size', () => {
  let build: ProductionBuild;
  let load: InitialLoad;
  beforeAll(async () => {
    build = await productionBuild();
    load = initialLoad(build);
  });
  afterAll(() => {
    if (build) rmSync(build.outDir, { recursive: true, force: true });
  });

  it('loads the entry script named by index.html first', () => {
    // The core-js polyfill chunk (issue 22) is an entry of its own that index.html loads only in engines
    // lacking an API it provides (build/polyfillGate.ts), not in the current one: it is not initial here.
    const polyfills = [...build.files.values()].filter((file) => /^assets\/polyfills-/.test(file.fileName)).map((file) => file.fileName);
    const html = new TextDecoder().decode(build.files.get('index.html')!.bytes);
    for (const file of polyfills) expect(html).toMatch(new RegExp(`<script data-polyfills>.*${file.replace(/[.]/g, '\\.')}`));
    const entries = [...build.files.values()].filter((file) => file.isEntry && !polyfills.includes(file.fileName)).map((file) => file.fileName);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(load.js.map((file) => file.fileName)).toContain(entry);
  });

  it(`keeps the initial JavaScript within ${initialJsGzipBudget / 1000} kB gzip`, () => {
    const detail = load.js.map((file) => `${file.fileName} ${(file.gzip / 1000).toFixed(1)} kB`).join(', ');
    expect(load.jsGzip, `initial JS gzip ${(load.jsGzip / 1000).toFixed(1)} kB: ${detail}`).toBeLessThanOrEqual(initialJsGzipBudget);
  });

  for (const library of lazyLibraries) {
    it(`keeps ${library} out of the initial load`, () => {
      expect(load.leaks[library]).toEqual([]);
      for (const file of load.js) expect(librariesIn(build.files.get(file.fileName)!), file.fileName).not.toContain(library);
    });

    it(`finds ${library} in a chunk loaded on demand (the check above is not vacuous)`, () => {
      expect(load.lazy.filter((chunk) => chunk.libraries.includes(library)).length).toBeGreaterThan(0);
    });
  }

  for (const [name, pattern] of Object.entries(onDemandModules)) {
    it(`keeps ${name} out of the initial load, in a chunk loaded on demand`, () => {
      const holding = [...build.files.values()].filter((file) => file.moduleIds.some((id) => pattern.test(id))).map((file) => file.fileName);
      expect(holding.length).toBeGreaterThan(0);
      const initial = load.js.map((file) => file.fileName);
      expect(holding.filter((file) => initial.includes(file))).toEqual([]);
    });
  }

  it('uses code markers that the libraries really contain, so a module-id change cannot hide a leak', () => {
    const mammothLib = join(require.resolve('mammoth'), '..');
    const sources = {
      docx: readFileSync(require.resolve('docx'), 'utf8'),
      mammoth: ['style-reader.js', 'unzip.js'].map((name) => readFileSync(join(mammothLib, name), 'utf8')).join('\n'),
    } as const;
    for (const library of lazyLibraries) {
      for (const marker of libraryMarkers[library]) expect(sources[library].includes(marker), `${library}: ${marker}`).toBe(true);
    }
  });
});
