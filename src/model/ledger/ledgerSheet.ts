import type { LedgerRole } from '../../template/ledger/ledgerColumns.ts';

/** A cell as read from the sheet: text, a number (an Excel serial date in a date column), or blank. */
export type LedgerCellValue = string | number | null;

/** The rows of one sheet as read; index 0 is the sheet's first row (row 1 in messages). */
export type LedgerSheet = readonly (readonly LedgerCellValue[])[];

/** Which column (0-based) holds what; a role left out is not in the sheet. */
export type ColumnMapping = Partial<Record<LedgerRole, number>>;
