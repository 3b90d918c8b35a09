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

/** What every generator gives for the report now (undefined while a figure it needs is missing). */
export function currentDrafts(report: Report, generators: readonly DraftSentence[] = draftSentences): ReadonlyMap<DraftSentence, string | undefined> {
  return new Map(generators.map((sentence) => [sentence, generateDraft(sentence, report)]));
}

/** Generated sentences in the text (recognised by their fixed wording) that the tables no longer give. */
export function findOutdatedDrafts(text: string, report: Report, current: ReadonlyMap<DraftSentence, string | undefined> = currentDrafts(report)): OutdatedDraft[] {
  const found: OutdatedDraft[] = [];
  for (const [sentence, now] of current) {
    // While a figure is missing there is nothing to compare with.
    if (now === undefined) continue;
    for (const match of text.matchAll(draftPattern(sentence))) {
      if (match[0] === now) continue;
      found.push({ sentence, start: match.index, end: match.index + match[0].length, written: match[0], current: now });
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
