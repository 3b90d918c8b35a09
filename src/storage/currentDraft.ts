// The draft open last, so a reload or a crash reopens it. localStorage: small, synchronous, per origin.
const key = 'gov-info-annual-report:current-draft';

export function rememberCurrentDraft(id: string): void {
  try {
    localStorage.setItem(key, id);
  } catch {
    // Storage refused (private mode): the drafts list still finds the draft.
  }
}

export function recalledCurrentDraft(): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
