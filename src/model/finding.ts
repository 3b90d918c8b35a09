import type { CellPath } from '../template/cellPathType.ts';
import type { RuleId, Severity } from '../template/reportRules.ts';
import type { TableId } from '../template/tableTypes.ts';

/** A narrative field, e.g. `text.other`, `text.overview.sections.0.body`. */
export type TextPath = `text.${string}`;
/**
 * What a finding points at: a value cell, a narrative field, a field of `meta` (`meta.agency`), or a whole
 * table (`tables.requests`: an assessment's 表格全部空白). Read from outside, narrow with isFindingPlace.
 */
export type FindingPlace = CellPath | TextPath | `meta.${string}` | `tables.${TableId}`;

/** One finding of the validator (spec/report-format.md §2). cells[0] is where it is shown. */
export type Finding = {
  readonly severity: Severity;
  readonly rule: RuleId | (string & {});
  readonly cells: readonly FindingPlace[];
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

/** report-format.md §2: `suspect: {cell, value}`. */
export type Suspect = { readonly cell: CellPath; readonly value: number };
