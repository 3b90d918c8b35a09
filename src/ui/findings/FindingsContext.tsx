import { createContext, useCallback, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { useFormContext, type UseFormReturn } from 'react-hook-form';
import type { Finding } from '../../model/finding.ts';
import type { Report } from '../../model/reportSchema.ts';
import type { FindingsStore } from './findingsStore.ts';
import { followForm, type FullChecks } from './followForm.ts';

const FindingsContext = createContext<FindingsStore | null>(null);

/**
 * Provides the store to the components below, and keeps it listening to the form around it (followForm):
 * the only writer of the store. `fullChecks` (the wizard's) adds the whole report's check after each pause.
 */
export function FindingsProvider({ store, fullChecks, children }: { store: FindingsStore; fullChecks?: FullChecks; children: ReactNode }) {
  // Null where no form is around (a component shown on its own).
  const form = useFormContext<Report>() as UseFormReturn<Report> | null;
  // The context value is a new object at each render of the form's holder; its methods are the form's own and stable.
  const subscribe = form?.subscribe;
  const getValues = form?.getValues;
  useEffect(() => (subscribe && getValues ? followForm(store, { subscribe, getValues }, fullChecks) : undefined), [store, subscribe, getValues, fullChecks]);
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
