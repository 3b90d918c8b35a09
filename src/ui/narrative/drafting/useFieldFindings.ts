import { useCallback, useSyncExternalStore } from 'react';
import type { Finding } from '../../../model/finding.ts';
import { useFindingsStore } from '../../findings/FindingsContext.tsx';
import type { FindingsStore } from '../../findings/findingsStore.ts';

const none: readonly Finding[] = [];
const noSubscription = () => () => undefined;

// The toolbar also works without the wizard's findings store (tests, other hosts): then it re-checks on its own renders only.
function useOptionalFindingsStore(): FindingsStore | null {
  try {
    return useFindingsStore();
  } catch {
    return null;
  }
}

/**
 * The findings on a narrative field, from the wizard's store: subscribing re-renders the toolbar when a table edit
 * makes a generated sentence of this field outdated (or current again), without the clerk touching the text.
 */
export function useFieldFindings(fieldPath: string): readonly Finding[] {
  const store = useOptionalFindingsStore();
  const subscribe = useCallback((listener: () => void) => (store ? store.subscribeCell(fieldPath, listener) : noSubscription()), [store, fieldPath]);
  const read = useCallback(() => (store ? store.getCellFindings(fieldPath) : none), [store, fieldPath]);
  return useSyncExternalStore(subscribe, read, read);
}
