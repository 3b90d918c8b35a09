import type { CellValue } from '../../model/cellValue.ts';

/** A form value read back as a cell value; anything else (undefined before load) is blank. */
export const toCellValue = (value: unknown): CellValue =>
  typeof value === 'number' || typeof value === 'string' ? value : null;
