import type { Report } from '../reportSchema.ts';
import { generateDraft, type DraftSentence } from './draftTemplate.ts';
import { draftSentences } from './draftSentences.ts';
import type { InsertedSentence } from './insertedSentenceSchema.ts';

export type OutdatedDraft = {
  readonly sentence: DraftSentence;
  readonly start: number;
  readonly end: number;
  readonly written: string;
  /** What the tables give now. */
  readonly current: string;
};

/** What every generator gives for the report now (undefined while a figure it needs is missing). */
export function currentDrafts(report: Report, generators: readonly DraftSentence[] = draftSentences): ReadonlyMap<string, string | undefined> {
  return new Map(generators.map((sentence) => [sentence.id, generateDraft(sentence, report)]));
}

const generatorById = new Map(draftSentences.map((sentence) => [sentence.id, sentence]));

/** Where a recorded sentence stands in the text, word for word (every occurrence). */
function occurrences(text: string, words: string): number[] {
  const found: number[] = [];
  if (words === '') return found;
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + words.length)) found.push(at);
  return found;
}

/** The sentences recorded as inserted into this part. */
export const insertedInto = (report: Report, field: string): InsertedSentence[] =>
  (report.meta.insertedSentences ?? []).filter((entry) => entry.field === field);

/**
 * The generated sentences of a part that the tables no longer give: only sentences the product inserted and
 * recorded in meta.insertedSentences, and only where the part still holds their words unchanged. Nothing is
 * recognised by resemblance — a sentence the clerk wrote, however alike, is the clerk's.
 */
export function findOutdatedDrafts(field: string, text: string, report: Report, current: ReadonlyMap<string, string | undefined> = currentDrafts(report)): OutdatedDraft[] {
  const found: OutdatedDraft[] = [];
  const taken = new Set<number>();
  for (const entry of insertedInto(report, field)) {
    const sentence = generatorById.get(entry.id);
    const now = current.get(entry.id);
    // An unknown generator, or a figure missing now: nothing to compare with.
    if (!sentence || now === undefined || now === entry.text) continue;
    for (const start of occurrences(text, entry.text)) {
      if (taken.has(start)) continue;
      taken.add(start);
      found.push({ sentence, start, end: start + entry.text.length, written: entry.text, current: now });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The record of a part's inserted sentences, keeping only those whose words the text still holds (and each once). */
export function keepInserted(records: readonly InsertedSentence[], field: string, text: string): InsertedSentence[] {
  const seen = new Set<string>();
  return records.filter((entry) => {
    if (entry.field !== field) return true;
    const key = `${entry.id}\u0000${entry.text}`;
    if (seen.has(key) || !text.includes(entry.text)) return false;
    seen.add(key);
    return true;
  });
}

/** The records after inserting a sentence into a part whose text becomes `text`. */
export function recordInserted(report: Report, field: string, id: string, words: string, text: string): InsertedSentence[] {
  return keepInserted([...(report.meta.insertedSentences ?? []), { field, id, text: words }], field, text);
}

export type Refreshed = { readonly text: string; readonly inserted: InsertedSentence[] };

/**
 * The part with every outdated generated sentence replaced by what the tables give now, and the record
 * saying that the new words are the generated ones.
 */
export function refreshDrafts(field: string, text: string, report: Report): Refreshed {
  const outdated = findOutdatedDrafts(field, text, report);
  const next = [...outdated].reverse().reduce((out, draft) => out.slice(0, draft.start) + draft.current + out.slice(draft.end), text);
  const updated = (report.meta.insertedSentences ?? []).map((entry) => {
    if (entry.field !== field) return entry;
    const refreshed = outdated.find((draft) => draft.sentence.id === entry.id && draft.written === entry.text);
    return refreshed ? { ...entry, text: refreshed.current } : entry;
  });
  return { text: next, inserted: keepInserted(updated, field, next) };
}
