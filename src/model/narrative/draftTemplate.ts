import type { Report } from '../reportSchema.ts';
import type { CellPath } from '../../template/cellPathType.ts';

/** A value put into a generated sentence. */
export type DraftSlot = {
  readonly read: (report: Report) => string | undefined;
};

export type DraftVariant = {
  /** When this wording applies (the first that does is used); undefined while the figures to decide are blank. */
  readonly when?: (report: Report) => boolean | undefined;
  /** The sentence with {slot} placeholders. */
  readonly template: string;
};

/** A factual sentence generated from the tables (once inserted, recorded in meta.insertedSentences: never recognised by its wording). */
export type DraftSentence = {
  readonly id: string;
  /** Menu label. */
  readonly label: string;
  /** Cells it reads (shown with an outdated-sentence finding). */
  readonly cells: readonly CellPath[];
  readonly slots: Readonly<Record<string, DraftSlot>>;
  readonly variants: readonly DraftVariant[];
};

const placeholder = /\{(\w+)\}/g;

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
