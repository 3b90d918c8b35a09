import type { CellValue } from './cellValue.ts';
import type { Report } from './reportSchema.ts';

type Tree = { [key: string]: unknown };

/** The value at a cell path (`tables.requests.received.natural`); blank when missing. */
export function getCell(report: Report, path: string): CellValue {
  let node: unknown = report;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Tree)[key];
  }
  return typeof node === 'number' || typeof node === 'string' ? node : null;
}

/** A copy of the report with one cell changed; the rest is shared, never mutated. */
export function setCell(report: Report, path: string, value: CellValue): Report {
  const keys = path.split('.');
  const assign = (node: unknown, depth: number): unknown => {
    const key = keys[depth];
    if (key === undefined) return value;
    const object = node !== null && typeof node === 'object' ? (node as Tree) : {};
    return { ...object, [key]: assign(object[key], depth + 1) };
  };
  return assign(report, 0) as Report;
}
