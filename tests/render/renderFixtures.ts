import { cellCatalog } from '../../src/model/cellCatalog.ts';
import { setCell } from '../../src/model/cellAccess.ts';
import { emptyReport } from '../../src/model/emptyReport.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import official from '../fixtures/official-layout.json';

export type OfficialCell = { row: number; col: number; rowSpan: number; colSpan: number; role: string; text?: string; cell?: string };
export type OfficialGrid = { section: string; rows: number; cols: number; cells: OfficialCell[] };
export const officialGrids = official as Record<'active' | 'requests' | 'appeals', OfficialGrid>;
export const tableIds = ['active', 'requests', 'appeals'] as const;

/** Every label of the official layout (section titles, headings, notes, row labels). */
export const officialLabels: string[] = tableIds.flatMap((id) => officialGrids[id].cells.flatMap((c) => (c.text === undefined ? [] : [c.text])));

/**
 * Not a balanced report: every cell a different number (1001, 1002, …; the fee 1.25), so a figure found in
 * the output proves which cell it came from.
 */
export const distinctReport: Report = cellCatalog.reduce(
  (report, cell, i) => setCell(report, cell.path, cell.valueKind === 'amount' ? 1.25 : 1001 + i),
  setCell(emptyReport({ year: 2025, agency: '某某县某某局' }), 'meta.issuedOn', '2026-01-15'),
);

/** The printed form of a cell of distinctReport. */
export function distinctValue(path: string): string {
  const index = cellCatalog.findIndex((cell) => cell.path === path);
  return cellCatalog[index]?.valueKind === 'amount' ? '1.25' : String(1001 + index);
}

/** A grid cell read back from an output, for comparison with the official layout. */
export type ReadCell = { row: number; col: number; rowSpan: number; colSpan: number; role?: string; text: string };

/** The official cells as they must read back: labels as given, value cells with distinctReport's figures. */
export function expectedCells(id: (typeof tableIds)[number], withRole: boolean): ReadCell[] {
  return officialGrids[id].cells.map((c) => ({
    row: c.row, col: c.col, rowSpan: c.rowSpan, colSpan: c.colSpan,
    ...(withRole ? { role: c.role } : {}),
    text: c.cell !== undefined ? distinctValue(c.cell) : (c.text ?? ''),
  }));
}

/** Sorted in reading order. */
export const byPosition = (cells: ReadCell[]): ReadCell[] => [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
