import type { Report } from '../reportSchema.ts';
import { draftPattern, generateDraft, type DraftSentence } from './draftTemplate.ts';
import { draftSentences } from './draftSentences.ts';

export type OutdatedDraft = {
  readonly sentence: DraftSentence;
  readonly start: number;
  readonly end: number;
  readonly written: string;
  /** What the tables give now. */
  readonly current: string;
};

/** Generated sentences in the text (recognised by their fixed wording) that the tables no longer give. */
export function findOutdatedDrafts(text: string, report: Report, generators: readonly DraftSentence[] = draftSentences): OutdatedDraft[] {
  const found: OutdatedDraft[] = [];
  for (const sentence of generators) {
    const current = generateDraft(sentence, report);
    // While a figure is missing there is nothing to compare with.
    if (current === undefined) continue;
    for (const match of text.matchAll(draftPattern(sentence))) {
      if (match[0] === current) continue;
      found.push({ sentence, start: match.index, end: match.index + match[0].length, written: match[0], current });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The text with every outdated generated sentence replaced by what the tables give now. */
export function refreshDrafts(text: string, report: Report): string {
  return findOutdatedDrafts(text, report)
    .reverse()
    .reduce((out, draft) => out.slice(0, draft.start) + draft.current + out.slice(draft.end), text);
}
