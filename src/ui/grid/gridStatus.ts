/** The one-line message under a grid (paste refused, totals filled); a tiny store so only the line re-renders. */
export type GridMessage = { readonly kind: 'info' | 'refused'; readonly text: string };

export type GridStatusStore = {
  get(): GridMessage | null;
  set(message: GridMessage | null): void;
  subscribe(listener: () => void): () => void;
};

export function createGridStatus(): GridStatusStore {
  let message: GridMessage | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => message,
    set(next) {
      if (next === message) return;
      message = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
