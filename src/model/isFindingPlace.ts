import { isCellPath } from './cellCatalog.ts';
import type { FindingPlace } from './finding.ts';
import { tableById } from '../template/tables.ts';

/** Narrows a path read from outside (an assessment's evidence, a user's JSON) to a place a finding may point at. */
export function isFindingPlace(path: string): path is FindingPlace {
  if (isCellPath(path)) return true;
  if (path.startsWith('text.') || path.startsWith('meta.')) return true;
  return path.startsWith('tables.') && Object.hasOwn(tableById, path.slice('tables.'.length));
}
