import { isCellPath } from './cellCatalog.ts';
import type { ReportPath } from './finding.ts';
import { tableById } from '../template/tables.ts';

/** Narrows a path read from outside (an assessment's evidence, a user's JSON) to a path a finding may point at. */
export function isReportPath(path: string): path is ReportPath {
  if (isCellPath(path)) return true;
  if (path.startsWith('text.') || path.startsWith('meta.')) return true;
  return path.startsWith('tables.') && Object.hasOwn(tableById, path.slice('tables.'.length));
}
