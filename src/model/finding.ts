import type { RuleId, Severity } from '../template/reportRules.ts';

/** One finding of the validator (spec/report-format.md §2). cells[0] is where it is shown. */
export type Finding = {
  readonly severity: Severity;
  readonly rule: RuleId | (string & {});
  readonly cells: readonly string[];
  readonly expected?: number;
  readonly actual?: number;
  readonly message: string;
};
