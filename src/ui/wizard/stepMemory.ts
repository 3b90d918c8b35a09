import { steps, type StepId } from './steps.ts';

// The step each draft was left on, so a reload (or reopening the draft) returns to it.
const prefix = 'gov-info-annual-report:step:';
const known = new Set<string>(steps.map((step) => step.id));

export function rememberStep(draftId: string, step: StepId): void {
  try {
    localStorage.setItem(prefix + draftId, step);
  } catch {
    // Storage refused (private mode): a reload opens 基本信息.
  }
}

export function recalledStep(draftId: string): StepId {
  try {
    const stored = localStorage.getItem(prefix + draftId);
    return stored !== null && known.has(stored) ? (stored as StepId) : 'basics';
  } catch {
    return 'basics';
  }
}
