import type { Finding } from '../../model/finding.ts';

// A sentence is finished once it has its full stop (or ！？；).
const sentenceEnd = /[。！？；!?;]/u;

/**
 * Whether the clerk is still typing the first sentence of the text field `path`: it has the focus and no
 * sentence in it is finished yet. Read from the page when the panels update, not on a keystroke.
 */
export function firstSentenceInProgress(path: string | undefined, active: Element | null = document.activeElement): boolean {
  if (path === undefined || !(active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement)) return false;
  return active.getAttribute('data-field') === path && !sentenceEnd.test(active.value);
}

/** The findings to show: "内容过短" (narrative-empty-part) waits while the first sentence of its part is typed. */
export function withoutPrematureFindings(findings: readonly Finding[], active: Element | null = document.activeElement): readonly Finding[] {
  const premature = (finding: Finding) => finding.rule === 'narrative-empty-part' && firstSentenceInProgress(finding.cells[0], active);
  return findings.some(premature) ? findings.filter((finding) => !premature(finding)) : findings;
}
