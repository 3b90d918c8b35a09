import { entries, fingerprint, maxReasonLength, messageFigures, sameCells, type Acknowledgement } from './acknowledgement.ts';
import type { Finding } from './finding.ts';
import type { Report } from './reportSchema.ts';

// Marking and unmarking 已核实 (meta.acknowledged); loaded with the form that does it, not on the first load.

/** The report with the warning marked 已核实 (replacing an earlier mark of the same warning). */
export function acknowledge(report: Report, finding: Finding, reason: string, on: string): Report {
  const entry: Acknowledgement = {
    rule: finding.rule,
    cells: [...finding.cells],
    reason: reason.trim().slice(0, maxReasonLength),
    on,
    values: finding.cells.map((cell) => fingerprint(report, cell)),
    figures: messageFigures(finding.message),
  };
  const others = entries(report).filter((other) => !(other.rule === finding.rule && sameCells(other.cells, finding.cells)));
  return { ...report, meta: { ...report.meta, acknowledged: [...others, entry] as never } };
}

/** The report without the 已核实 mark of that warning. */
export function unacknowledge(report: Report, finding: Finding): Report {
  const kept = entries(report).filter((other) => !(other.rule === finding.rule && sameCells(other.cells, finding.cells)));
  const meta = { ...report.meta };
  if (kept.length > 0) meta.acknowledged = kept as never;
  else delete meta.acknowledged;
  return { ...report, meta };
}
