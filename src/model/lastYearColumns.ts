import type { RequestsColumn } from '../template/cellPathType.ts';
import { cellsOfTable } from './cellCatalog.ts';

/** Applicant columns of 四、结转下年度继续办理, as kept in meta.lastYear.carriedForward. */
export const carriedForwardColumns: readonly RequestsColumn[] = cellsOfTable('requests')
  .filter((cell) => cell.rowKeys.join('.') === 'carriedForward')
  .map((cell) => cell.columnKeys.join('.') as RequestsColumn);
