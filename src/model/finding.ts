import type { CellPath } from '../template/cellPathType.ts';
import type { RuleId, Severity } from '../template/reportRules.ts';
import type { TableId } from '../template/tableTypes.ts';

/** A narrative field, e.g. `text.other`, `text.overview.sections.0.body`. */
export type TextPath = `text.${string}`;
/**
 * A path into a report that a finding points at: a value cell, a narrative field, a field of `meta`
 * (`meta.agency`), or a whole table (`tables.requests`: an assessment's 表格全部空白). Read from outside,
 * narrow it with isReportPath.
 */
export type ReportPath = CellPath | TextPath | `meta.${string}` | `tables.${TableId}`;

/** One finding of the validator (spec/report-format.md §2). cells[0] is where it is shown. */
export type Finding = {
  readonly severity: Severity;
  readonly rule: RuleId;
  readonly cells: readonly ReportPath[];
  readonly expected?: number;
  readonly actual?: number;
  readonly message: string;
  /** Sum findings: the one cell most likely mistyped and the figure that clears every failing sum it is in. */
  readonly suspect?: Suspect;
  /** Free: a digit-slip hint (difference a multiple of 9, a power of ten) when no suspect is named. */
  readonly hint?: string;
  /** Warnings the clerk marked 已核实 (meta.acknowledged) whose figures have not changed since. */
  readonly acknowledged?: { readonly reason: string; readonly on: string };
};

/** Where a finding points: what showing it in the wizard needs (an assessment's evidence is one too). */
export type FindingPlace = Pick<Finding, 'cells' | 'suspect'>;

/** report-format.md §2: `suspect: {cell, value}`. */
export type Suspect = { readonly cell: CellPath; readonly value: number };
