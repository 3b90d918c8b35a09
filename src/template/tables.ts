import { activeTable } from './activeTable.ts';
import { appealsTable } from './appealsTable.ts';
import { requestsTable } from './requestsTable.ts';
import type { TableDef, TableId } from './tableTypes.ts';

/** The three tables in printed order. */
export const tables: readonly TableDef[] = [activeTable, requestsTable, appealsTable];

export const tableById: Readonly<Record<TableId, TableDef>> = {
  active: activeTable,
  requests: requestsTable,
  appeals: appealsTable,
};
