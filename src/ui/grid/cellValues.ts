import { useCallback, useRef, useSyncExternalStore } from 'react';
import { useFormContext, type FieldPath, type UseFormReturn } from 'react-hook-form';
import type { CellValue } from '../../model/cellValue.ts';
import type { Report } from '../../model/reportSchema.ts';
import { toCellValue } from './toCellValue.ts';

/**
 * The figures of the grid's cells through ONE subscription to the form: each cell hears only about its
 * own path. (react-hook-form's useWatch makes one subscriber per cell, and every setValue asks each of
 * the ~200 whether the changed name is theirs: ≈ 2.5 ms of every keystroke's after-frame work at 4× CPU
 * throttle, measured with the sampling profiler.)
 */
type Listener = () => void;
type FormLike = Pick<UseFormReturn<Report>, 'subscribe' | 'getValues'>;
export type CellValueStore = {
  subscribe(path: string, listener: Listener): () => void;
  get(path: string): CellValue;
};

const stores = new WeakMap<object, CellValueStore>();

/** Is `path` the changed name, inside it (a table set as a whole) or holding it? */
const related = (path: string, name: string): boolean =>
  path === name || path.startsWith(`${name}.`) || name.startsWith(`${path}.`);

export function createCellValueStore(form: FormLike): CellValueStore {
  const listeners = new Map<string, Set<Listener>>();
  let stop: (() => void) | null = null;
  const call = (set: Set<Listener> | undefined) => {
    if (set) for (const listener of [...set]) listener();
  };
  const changed = (name: string | undefined) => {
    // A reset or a change the form does not name: every cell looks (and re-renders only if its value moved).
    if (name === undefined || name === '') {
      for (const set of [...listeners.values()]) call(set);
      return;
    }
    const own = listeners.get(name);
    if (own) {
      call(own);
      return;
    }
    for (const [path, set] of [...listeners]) if (related(path, name)) call(set);
  };
  return {
    subscribe(path, listener) {
      if (stop === null) stop = form.subscribe({ formState: { values: true }, callback: ({ name }) => changed(name) });
      let set = listeners.get(path);
      if (!set) listeners.set(path, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(path);
        if (listeners.size === 0 && stop !== null) {
          stop();
          stop = null;
        }
      };
    },
    get: (path) => toCellValue(form.getValues(path as FieldPath<Report>)),
  };
}

function useCellValueStore(): CellValueStore {
  const form = useFormContext<Report>();
  let store = stores.get(form.control);
  if (!store) {
    store = createCellValueStore(form);
    stores.set(form.control, store);
  }
  return store;
}

/** One cell's value; the component re-renders only when it changes. */
export function useCellValue(path: string): CellValue {
  const store = useCellValueStore();
  const subscribe = useCallback((listener: Listener) => store.subscribe(path, listener), [store, path]);
  return useSyncExternalStore(subscribe, () => store.get(path));
}

/**
 * Something derived from one cell's value (and whatever else `select` reads): the component re-renders
 * only when the derived thing changes, not on every change of the value.
 */
export function useCellSelector<T>(path: string, select: (value: CellValue) => T): T {
  const store = useCellValueStore();
  const subscribe = useCallback((listener: Listener) => store.subscribe(path, listener), [store, path]);
  return useSyncExternalStore(subscribe, () => select(store.get(path)));
}

/** Several cells' values, as one array that keeps its identity while none of them changes. */
export function useCellValues(paths: readonly string[]): readonly CellValue[] {
  const store = useCellValueStore();
  const last = useRef<readonly CellValue[]>([]);
  const subscribe = useCallback((listener: Listener) => {
    const stops = paths.map((path) => store.subscribe(path, listener));
    return () => stops.forEach((stopOne) => stopOne());
  }, [store, paths]);
  const snapshot = () => {
    const next = paths.map((path) => store.get(path));
    const previous = last.current;
    if (previous.length === next.length && next.every((value, i) => Object.is(value, previous[i]))) return previous;
    last.current = next;
    return next;
  };
  return useSyncExternalStore(subscribe, snapshot);
}
