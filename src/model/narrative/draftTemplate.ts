import type { Report } from '../reportSchema.ts';

/** A value put into a generated sentence, and the shape any value of it has (to recognise old sentences). */
export type DraftSlot = {
  readonly read: (report: Report) => string | undefined;
  readonly shape: string;
};

export type DraftVariant = {
  /** When this wording applies (the first that does is used); undefined while the figures to decide are blank. */
  readonly when?: (report: Report) => boolean | undefined;
  /** The sentence with {slot} placeholders. */
  readonly template: string;
};

/** A factual sentence generated from the tables, recognisable in the text by its fixed wording. */
export type DraftSentence = {
  readonly id: string;
  /** Menu label. */
  readonly label: string;
  /** Cells it reads (shown with an outdated-sentence finding). */
  readonly cells: readonly string[];
  readonly slots: Readonly<Record<string, DraftSlot>>;
  readonly variants: readonly DraftVariant[];
};

const placeholder = /\{(\w+)\}/g;
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The sentence for the report as it is now, or undefined while a figure it needs is missing. */
export function generateDraft(sentence: DraftSentence, report: Report): string | undefined {
  let variant: DraftVariant | undefined;
  for (const candidate of sentence.variants) {
    const applies = candidate.when ? candidate.when(report) : true;
    if (applies === undefined) return undefined;
    if (applies) {
      variant = candidate;
      break;
    }
  }
  if (!variant) return undefined;
  let missing = false;
  const text = variant.template.replace(placeholder, (_, name: string) => {
    const value = sentence.slots[name]?.read(report);
    if (value === undefined) missing = true;
    return value ?? '';
  });
  return missing ? undefined : text;
}

const patterns = new WeakMap<DraftSentence, RegExp>();

/** Matches any sentence this generator could have written, whatever the figures were then. */
export function draftPattern(sentence: DraftSentence): RegExp {
  const known = patterns.get(sentence);
  if (known) {
    // Shared instance: matchAll copies it, and lastIndex is reset for any other use.
    known.lastIndex = 0;
    return known;
  }
  const source = sentence.variants
    .map((variant) => {
      let out = '';
      let last = 0;
      for (const match of variant.template.matchAll(placeholder)) {
        out += escapeRegExp(variant.template.slice(last, match.index));
        out += `(?:${sentence.slots[match[1] ?? '']?.shape ?? '[^。\\n]*?'})`;
        last = match.index + match[0].length;
      }
      return out + escapeRegExp(variant.template.slice(last));
    })
    .map((source) => `(?:${source})`)
    .join('|');
  const pattern = new RegExp(source, 'g');
  patterns.set(sentence, pattern);
  return pattern;
}
