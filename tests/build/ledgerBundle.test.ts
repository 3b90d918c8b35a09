import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initialLoad, type InitialLoad } from '../bench/bundle/initialLoad.ts';
import { productionBuild, type ProductionBuild } from '../bench/bundle/productionBuild.ts';

// The ledger feature (issue 16) and its spreadsheet libraries load only when the clerk uses it.
const ledgerModules = {
  'read-excel-file': /[\\/]node_modules[\\/]read-excel-file[\\/]/,
  'write-excel-file': /[\\/]node_modules[\\/]write-excel-file[\\/]/,
  'ledger panel': /[\\/]src[\\/]ui[\\/]ledger[\\/]LedgerPanel\.tsx$/,
} as const;

describe('ledger bundle', () => {
  let build: ProductionBuild;
  let load: InitialLoad;
  beforeAll(async () => {
    build = await productionBuild();
    load = initialLoad(build);
  });
  afterAll(() => {
    if (build) rmSync(build.outDir, { recursive: true, force: true });
  });

  for (const [name, pattern] of Object.entries(ledgerModules)) {
    it(`keeps ${name} out of the initial load, in a chunk loaded on demand`, () => {
      const holding = [...build.files.values()].filter((file) => file.moduleIds.some((id) => pattern.test(id))).map((file) => file.fileName);
      expect(holding.length).toBeGreaterThan(0);
      const initial = load.js.map((file) => file.fileName);
      expect(holding.filter((file) => initial.includes(file))).toEqual([]);
    });
  }
});
