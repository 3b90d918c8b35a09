import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Finding } from '../../model/finding.ts';
import type { FindingsStore } from './findingsStore.ts';

const FindingsContext = createContext<FindingsStore | null>(null);

export function FindingsProvider({ store, children }: { store: FindingsStore; children: ReactNode }) {
  return <FindingsContext.Provider value={store}>{children}</FindingsContext.Provider>;
}

export function useFindingsStore(): FindingsStore {
  const store = useContext(FindingsContext);
  if (!store) throw new Error('useFindingsStore needs a <FindingsProvider> above it');
  return store;
}

/** The findings involving one cell; re-renders only when that cell's list changes. */
export function useCellFindings(path: string): readonly Finding[] {
  const store = useFindingsStore();
  const subscribe = useCallback((listener: () => void) => store.subscribeCell(path, listener), [store, path]);
  const read = useCallback(() => store.getCellFindings(path), [store, path]);
  return useSyncExternalStore(subscribe, read, read);
}

/** Every finding of the store; re-renders whenever any finding changes. */
export function useAllFindings(): readonly Finding[] {
  const store = useFindingsStore();
  return useSyncExternalStore(store.subscribeAll, store.getAll, store.getAll);
}
