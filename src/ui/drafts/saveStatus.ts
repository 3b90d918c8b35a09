import { useSyncExternalStore } from 'react';

export type SaveStatus =
  | { readonly kind: 'saved'; readonly at: Date }
  | { readonly kind: 'pending' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'idle' };

/** The autosave state, kept outside React so only the status line re-renders. */
export type SaveStatusStore = {
  get(): SaveStatus;
  set(status: SaveStatus): void;
  subscribe(listener: () => void): () => void;
};

export function createSaveStatusStore(): SaveStatusStore {
  let status: SaveStatus = { kind: 'idle' };
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    set: (next) => {
      status = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function useSaveStatus(store: SaveStatusStore): SaveStatus {
  return useSyncExternalStore(store.subscribe, store.get);
}
