import type { CellValue } from './cellValue.ts';
import type { Report } from './reportSchema.ts';

type Tree = { [key: string]: unknown };

// Paths are few (the 200 cells and some fields) and read many times per check: split each once.
const splitPaths = new Map<string, readonly string[]>();
function keysOf(path: string): readonly string[] {
  let keys = splitPaths.get(path);
  if (!keys) {
    keys = path.split('.');
    if (splitPaths.size < 5000) splitPaths.set(path, keys);
  }
  return keys;
}

/** The value at a cell path (`tables.requests.received.natural`); blank when missing. */
export function getCell(report: Report, path: string): CellValue {
  let node: unknown = report;
  for (const key of keysOf(path)) {
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
