/** The element that edits a cell or field path: grid cells carry data-cell, narrative and meta fields data-field. */
export function findTarget(path: string, root: ParentNode = document): HTMLElement | null {
  const escaped = CSS.escape(path);
  return root.querySelector<HTMLElement>(`[data-cell="${escaped}"], [data-field="${escaped}"]`);
}

/** Focuses the element for a path once it is rendered (a step may mount a frame or two later). */
export function focusWhenReady(path: string, attempts = 20): void {
  const target = findTarget(path);
  if (target) {
    const closed = target.closest('details');
    if (closed) closed.open = true;
    target.scrollIntoView({ block: 'center' });
    target.focus();
    return;
  }
  if (attempts > 0) requestAnimationFrame(() => focusWhenReady(path, attempts - 1));
}
