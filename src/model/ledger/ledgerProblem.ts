/** Why a ledger line is listed; `counted` says whether it still went into table 三. */
export type LedgerProblemKind =
  | 'unknown-applicant'
  | 'unknown-result'
  | 'missing-received'
  | 'unreadable-received'
  | 'unreadable-answered'
  | 'outside-year'
  | 'answered-before-received'
  | 'duplicate-number'
  | 'missing-answered'
  | 'answered-without-result';

export type LedgerProblem = {
  /** The row of the sheet (the header row is usually 1). */
  readonly row: number;
  /** The line's 序号 as written, or ''. */
  readonly number: string;
  readonly kind: LedgerProblemKind;
  /** One plain Chinese sentence: what is wrong and what to do. */
  readonly problem: string;
  readonly counted: boolean;
};

/** 第 12 行（序号 A-3）：… — the line as a clerk finds it in the sheet. */
export function problemLine(problem: Pick<LedgerProblem, 'row' | 'number' | 'problem'>): string {
  const number = problem.number !== '' ? `（序号 ${problem.number}）` : '';
  return `第 ${problem.row} 行${number}：${problem.problem}`;
}
