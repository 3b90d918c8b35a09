/**
 * Typed figures waiting for the frame after the keystroke (see afterNextFrame). Anything that reads the
 * whole report outside the grid — leaving the page, saving a file — calls flushPendingEdits() first, so a
 * figure typed a moment ago is never missed.
 */
const flushers = new Set<() => void>();

export function registerPendingEdits(flush: () => void): () => void {
  flushers.add(flush);
  return () => {
    flush();
    flushers.delete(flush);
  };
}

export function flushPendingEdits(): void {
  for (const flush of flushers) flush();
}
