import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { CellValue } from '../../model/cellValue.ts';
import { useFormSelector, useFormValueStore } from '../form/formValues.ts';
import { toCellValue } from './toCellValue.ts';

/**
 * Something derived from one cell's value: the component re-renders only when the derived thing changes
 * (one form subscription for all cells).
 */
export function useCellSelector<T>(path: string, select: (value: CellValue) => T): T {
  return useFormSelector(path, (value) => select(toCellValue(value)));
}

/** Several cells' values, as one array that keeps its identity while none of them changes. */
export function useCellValues(paths: readonly string[]): readonly CellValue[] {
  const store = useFormValueStore();
  const last = useRef<readonly CellValue[]>([]);
  const subscribe = useCallback((listener: () => void) => {
    const stops = paths.map((path) => store.subscribe(path, listener));
    return () => stops.forEach((stopOne) => stopOne());
  }, [store, paths]);
  const snapshot = () => {
    const next = paths.map((path) => toCellValue(store.get(path)));
    const previous = last.current;
    if (previous.length === next.length && next.every((value, i) => Object.is(value, previous[i]))) return previous;
    last.current = next;
    return next;
  };
  return useSyncExternalStore(subscribe, snapshot);
}
