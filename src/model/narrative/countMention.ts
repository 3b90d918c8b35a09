import type { Reading } from './countWords.ts';
import type { OutcomeId } from './outcomeRows.ts';
import type { Sentence } from './textSentences.ts';

export type MentionBase = {
  readonly value: number;
  /** Offsets of the number and its unit in the field's text. */
  readonly start: number;
  readonly end: number;
  /** The clause around the number, for messages. */
  readonly quote: string;
  readonly sentence: Sentence;
};

export type CountMention =
  | (MentionBase & {
    readonly kind: 'quantity';
    readonly quantity: string;
    /** Where the figure is, in words the clerk finds on the page. */
    readonly place: string;
    /** The first reading is the one named in messages; a figure matching any reading agrees with the table. */
    readonly readings: readonly Reading[];
  })
  | (MentionBase & { readonly kind: 'outcome-term'; readonly outcome: OutcomeId; readonly word: string });

export type MentionOptions = {
  readonly year: number;
  /** The whole field is about applications (三's own paragraph, 一's 依申请公开 sub-section). */
  readonly aboutApplications?: boolean;
  /** How much is read (default `countReadingLimits`). */
  readonly limits?: { readonly characters: number; readonly countedNumbers: number };
};

/**
 * How much of one text part is read. A real part has a few thousand characters and a few dozen counted figures;
 * past these the rest is not read (and the check says so), so that a pasted book cannot stall the app.
 */
export const countReadingLimits = { characters: 50_000, countedNumbers: 400 } as const;

export type CountMentions = {
  readonly mentions: readonly CountMention[];
  /** Offset up to which the text was read: its length, or less when a limit was reached. */
  readonly readUpTo: number;
};
