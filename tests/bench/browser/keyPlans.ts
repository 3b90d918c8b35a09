import { cellsOfTable } from '../../../src/model/cellCatalog.ts';
import { getCell, setCell } from '../../../src/model/cellAccess.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { validateTables } from '../../../src/model/validateReport.ts';
import { tableLayout } from '../../../src/model/tableLayout.ts';
import { tableById } from '../../../src/template/tables.ts';
import { gridNav } from '../../../src/ui/grid/gridNavigation.ts';
import type { Expectation } from './latencyProbe.ts';

export type PlannedKey = { readonly key: string; readonly expect?: Expectation };
export type CellKeys = { readonly cell: string; readonly keys: readonly PlannedKey[] };

const tableErrors = (report: Report) => validateTables(report, 'draft').filter((finding) => finding.severity === 'error');

/**
 * Plain typing in table 三 of a new empty report: a three-digit figure into each of `cells` cells, chosen
 * (in table order) so that no balance error appears — every keystroke is the ordinary path.
 */
export function plainTableKeys(empty: Report, cells: number): CellKeys[] {
  const plan: CellKeys[] = [];
  let report = empty;
  for (const def of cellsOfTable('requests')) {
    if (plan.length === cells) break;
    const next = setCell(report, def.path, 123);
    if (tableErrors(setCell(report, def.path, 1)).length > 0 || tableErrors(setCell(report, def.path, 12)).length > 0 || tableErrors(next).length > 0) continue;
    report = next;
    plan.push({ cell: def.path, keys: ['1', '2', '3'].map((key) => ({ key })) });
  }
  if (plan.length < cells) throw new Error(`only ${plan.length} cells of table 三 take a figure without an error`);
  return plan;
}

/**
 * The costly path in table 三 of a full balanced report: a cell holding one digit; typing "0" after it
 * breaks the balance (error marks appear on the anchor cells), Backspace restores it (marks go).
 */
export function costlyTableKeys(full: Report, pairs: number): CellKeys {
  if (tableErrors(full).length > 0) throw new Error('the full report is not balanced');
  for (const def of cellsOfTable('requests')) {
    const value = getCell(full, def.path);
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 9) continue;
    const anchors = new Set(tableErrors(setCell(full, def.path, value * 10)).map((finding) => finding.cells[0]));
    if (anchors.size === 0 || [...anchors].some((anchor) => !anchor?.startsWith('tables.requests.'))) continue;
    const invalid = '[data-cell][aria-invalid="true"]';
    const keys: PlannedKey[] = [];
    for (let i = 0; i < pairs; i += 1) {
      keys.push({ key: '0', expect: { selector: invalid, count: anchors.size } });
      keys.push({ key: 'Backspace', expect: { selector: invalid, count: 0 } });
    }
    return { cell: def.path, keys };
  }
  throw new Error('no cell of table 三 whose change makes an error appear');
}

/** Latin letters typed at the end of a narrative field (no IME in headless Chromium). */
export function narrativeKeys(count: number): PlannedKey[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from({ length: count }, (_, i) => ({ key: letters[i % letters.length] ?? 'a' }));
}

/**
 * Steady typing in table 三 of a new empty report, as a clerk fills it: the figures of plainTableKeys
 * (no error appears), Tab from cell to cell in the grid's reading order (cells left blank are tabbed
 * past). The first cell is focused before the clock starts.
 */
export function steadyTableKeys(empty: Report, cells: number): { first: string; keys: PlannedKey[] } {
  const plan = plainTableKeys(empty, cells);
  const order: readonly string[] = gridNav(tableLayout(tableById.requests)).order.map((cell) => cell.path);
  const keys: PlannedKey[] = [];
  let at = -1;
  for (const { cell, keys: digits } of plan) {
    const index = order.indexOf(cell);
    if (index < 0) throw new Error(`${cell} is not in the grid's order`);
    if (at >= 0) for (let tab = at; tab < index; tab += 1) keys.push({ key: 'Tab' });
    keys.push(...digits);
    at = index;
  }
  const first = plan[0]?.cell;
  if (first === undefined) throw new Error('no cell planned');
  return { first, keys };
}
