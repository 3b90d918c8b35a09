// The step each draft was left on, so a reload (or reopening the draft) returns to it.
const prefix = 'gov-info-annual-report:step:';

export function rememberStep(draftId: string, step: string): void {
  try {
    localStorage.setItem(prefix + draftId, step);
  } catch {
    // Storage refused (private mode): a reload opens the first step.
  }
}

/** The step remembered for the draft when it is one of `known`, else `first`. */
export function recalledStep<Step extends string>(draftId: string, known: readonly Step[], first: Step): Step {
  try {
    const stored = localStorage.getItem(prefix + draftId);
    return stored !== null && (known as readonly string[]).includes(stored) ? (stored as Step) : first;
  } catch {
    return first;
  }
}
