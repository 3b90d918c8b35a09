import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cellCatalog } from '../../src/model/cellCatalog.ts';
import { getCell } from '../../src/model/cellAccess.ts';
import type { CellValue } from '../../src/model/cellValue.ts';
import type { Report } from '../../src/model/reportSchema.ts';

export const fixtureDir = join(import.meta.dirname, '..', 'fixtures', 'import');

export const readFixture = (name: string): string => readFileSync(join(fixtureDir, name), 'utf8');

/** Every cell of a report by path, for whole-table comparisons with readable diffs. */
export const allCells = (report: Report): Record<string, CellValue> =>
  Object.fromEntries(cellCatalog.map((cell) => [cell.path, getCell(report, cell.path)]));
