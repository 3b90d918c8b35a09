/** The element that edits a cell or field path: grid cells carry data-cell, narrative and meta fields data-field. */
export function findTarget(path: string, root: ParentNode = document): HTMLElement | null {
  const escaped = CSS.escape(path);
  return root.querySelector<HTMLElement>(`[data-cell="${escaped}"], [data-field="${escaped}"]`);
}

const focusable = 'input:not([type=hidden]), textarea, select, button, [tabindex]';

/**
 * Focuses the element for a path once it is rendered (a step may mount a frame or two later). A group
 * (the agency-kind radios) passes focus to its first control; a path with no field of its own (a finding
 * about a whole part) leaves focus on the step heading.
 */
export function focusWhenReady(path: string, attempts = 90): void {
  const target = findTarget(path);
  if (target) {
    const closed = target.closest('details');
    if (closed) closed.open = true;
    const control = target.matches(focusable) ? target : target.querySelector<HTMLElement>(focusable);
    (control ?? target).scrollIntoView({ block: 'center' });
    (control ?? target).focus();
    return;
  }
  if (attempts > 0) requestAnimationFrame(() => focusWhenReady(path, attempts - 1));
  else document.getElementById('step-heading')?.focus();
}
