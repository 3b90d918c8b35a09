import { useEffect, useRef } from 'react';

type Opener = () => HTMLElement | null | undefined;

// A return asked for when a dialog closed: the wizard may mount again (another draft, a re-read draft)
// a few frames later and would put the focus on its step heading; for a short while it gives it here.
let pending: { readonly find: Opener; readonly until: number } | null = null;
const returnWindowMs = 3000;

/**
 * For a component about to place the focus itself on its own (the wizard mounting, or mounting again when
 * its draft is re-read): gives it instead to the opener of a dialog that closed just before.
 */
export function claimFocusReturn(): boolean {
  if (pending === null) return false;
  if (performance.now() > pending.until) {
    pending = null;
    return false;
  }
  const element = pending.find();
  if (!element) return false;
  element.focus();
  return true;
}

/**
 * When something that took the keyboard closes (a dialog, a panel that replaced its opener), gives the
 * focus back to the control that opened it. `opener` finds that control after the close has rendered —
 * it may be a new element (the wizard is remounted when the dialog opened another draft).
 */
export function useFocusReturn(open: boolean, opener: Opener): void {
  const wasOpen = useRef(open);
  const find = useRef(opener);
  find.current = opener;
  useEffect(() => {
    const closed = wasOpen.current && !open;
    wasOpen.current = open;
    if (!closed) return undefined;
    pending = { find: () => find.current(), until: performance.now() + returnWindowMs };
    const frame = requestAnimationFrame(() => find.current()?.focus());
    return () => cancelAnimationFrame(frame);
  }, [open]);
}
