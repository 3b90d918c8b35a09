import { useCallback, useSyncExternalStore } from 'react';
import { useFormContext, type FieldPath, type UseFormReturn } from 'react-hook-form';
import type { Report } from '../../model/reportSchema.ts';

/**
 * The form's values through ONE subscription to react-hook-form per form: each reader hears only about its
 * own path. (useWatch makes one subscriber per reader, and every setValue asks each of them whether the
 * changed name is theirs — ≈ 2.5 ms of every keystroke's after-frame work at 4× CPU throttle with the grid's
 * ~200 cells, measured with the sampling profiler. useWatch also subscribes after its first render, so a
 * reader mounted while the clerk types can miss the last keys; useSyncExternalStore checks again.)
 */
type Listener = () => void;
type FormLike = Pick<UseFormReturn<Report>, 'subscribe' | 'getValues'>;
export type FormValueStore = {
  subscribe(path: string, listener: Listener): () => void;
  get(path: string): unknown;
};

const stores = new WeakMap<object, FormValueStore>();

/** Is `path` the changed name, inside it (a table set as a whole) or holding it? */
const related = (path: string, name: string): boolean =>
  path === name || path.startsWith(`${name}.`) || name.startsWith(`${path}.`);

export function createFormValueStore(form: FormLike): FormValueStore {
  const listeners = new Map<string, Set<Listener>>();
  let stop: (() => void) | null = null;
  const call = (set: Set<Listener> | undefined) => {
    if (set) for (const listener of [...set]) listener();
  };
  const changed = (name: string | undefined) => {
    // A reset or a change the form does not name: every reader looks (and re-renders only if its value moved).
    if (name === undefined || name === '') {
      for (const set of [...listeners.values()]) call(set);
      return;
    }
    // Readers read leaves (a cell, a name, a flag): a changed leaf with readers of its own concerns no one else.
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
    get: (path) => form.getValues(path as FieldPath<Report>),
  };
}

/** The store of the form in context (one per form). */
export function useFormValueStore(): FormValueStore {
  const form = useFormContext<Report>();
  let store = stores.get(form.control);
  if (!store) {
    store = createFormValueStore(form);
    stores.set(form.control, store);
  }
  return store;
}

/**
 * Something derived from one form value (and whatever else `select` reads): the component re-renders only
 * when the derived thing changes. `select` must return a primitive or a kept object.
 */
export function useFormSelector<T>(path: string, select: (value: unknown) => T): T {
  const store = useFormValueStore();
  const subscribe = useCallback((listener: Listener) => store.subscribe(path, listener), [store, path]);
  return useSyncExternalStore(subscribe, () => select(store.get(path)));
}
