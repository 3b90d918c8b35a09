import { regulatoryNames, type RegulatoryRow } from './regulatoryCounts.ts';

/** What a bare 废止/现行有效 clause refers to: 规章, 规范性文件, or something else the sentence counted. */
export type Subject = RegulatoryRow | 'other' | undefined;

/** The kind of the count last seen in a sentence, for the clauses that continue it (其中…, （…）). */
export type CountKind = { readonly kind: 'received' } | { readonly kind: 'regulatory'; readonly row: RegulatoryRow } | { readonly kind: 'other' };

// 规章, 规范性文件, or another kind of document the sentence turns to (历史文件, 档案).
const subjectWords = /(?:行政)?规范性文件|规章(?!制度)|(?<!规范性)文件|档案|资料/g;

/**
 * Reads one sentence from left to right, in step with its numbers: the regulatory subject in force before a
 * clause, and the count that an open parenthesis breaks down. Every character is looked at once (linear).
 */
export class SentenceScan {
  private readonly events: { readonly end: number; readonly subject: Subject }[];
  private nextEvent = 0;
  private cursor = 0;
  private depth = 0;
  private subject: Subject;
  /** The count before the open parenthesis; null when none came before it. */
  private beforeParenthesis: CountKind | null | undefined;
  private lastCount: CountKind | null = null;

  constructor(private readonly text: string) {
    this.events = [...text.matchAll(subjectWords)].map((match) => ({
      end: match.index + match[0].length,
      subject: match[0] === regulatoryNames.regulations ? 'regulations' : match[0].endsWith('规范性文件') ? 'normativeDocuments' : 'other',
    }));
  }

  /** Move to the start of a clause (and its number, at `numberAt`). */
  advance(clauseStart: number, numberAt: number): void {
    while (this.nextEvent < this.events.length && (this.events[this.nextEvent]?.end ?? Infinity) <= clauseStart) {
      this.subject = this.events[this.nextEvent]?.subject;
      this.nextEvent += 1;
    }
    for (; this.cursor < numberAt; this.cursor += 1) {
      const char = this.text[this.cursor];
      if (char === '（' || char === '(') {
        if (this.depth === 0) this.beforeParenthesis = this.lastCount;
        this.depth += 1;
      } else if ((char === '）' || char === ')') && this.depth > 0) {
        this.depth -= 1;
        if (this.depth === 0) this.beforeParenthesis = undefined;
      }
    }
  }

  /** The 规章/规范性文件 a bare verb clause refers to here, or undefined when it is about something else. */
  regulatorySubject(): RegulatoryRow | undefined {
    // Inside "（其中现行有效6件，废止4件）" the figures break down the count before the parenthesis.
    if (this.depth > 0 && this.beforeParenthesis !== undefined) {
      return this.beforeParenthesis?.kind === 'regulatory' ? this.beforeParenthesis.row : undefined;
    }
    return this.subject === 'other' ? undefined : this.subject;
  }

  /** Whether the count just before this clause counted received applications (for 其中自然人10件). */
  followsReceived(): boolean {
    return this.lastCount?.kind === 'received';
  }

  counted(kind: CountKind): void {
    this.lastCount = kind;
  }
}
