import { validateText } from '../../model/validateReport.ts';
import { createFindingsStoreWith, type FindingsStore, type FindingsStoreOptions } from './findingsStoreCore.ts';

export type { FindingsStore, FindingsStoreOptions } from './findingsStoreCore.ts';

/** Live findings with every check at hand at once (tests and tools); the app loads the text checks lazily. */
export function createFindingsStore(options: FindingsStoreOptions = {}): FindingsStore {
  return createFindingsStoreWith(validateText, options);
}
