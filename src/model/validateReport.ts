import { cellCatalog } from './cellCatalog.ts';
import { getCell } from './cellAccess.ts';
import { checkCell, type Stage } from './checkCells.ts';
import { checkDateStyle, checkDeadline, checkIssuedInForce, checkRegulationsAllowed, type Deadlines } from './checkReportWarnings.ts';
import { checkSum } from './checkSums.ts';
import type { Finding } from './finding.ts';
import type { Report } from './reportSchema.ts';
import { sumRules } from './sumRules.ts';

export type ValidateOptions = { readonly stage?: Stage; readonly deadlines?: Deadlines };

/** Cell findings (invalid, blank) and arithmetic findings: what the tables alone say. */
export function validateTables(report: Report, stage: Stage = 'draft'): Finding[] {
  const valueOf = (path: string) => getCell(report, path);
  const cellFindings = cellCatalog.flatMap((cell) => checkCell(cell.path, valueOf(cell.path), stage) ?? []);
  const sumFindings = sumRules.flatMap((rule) => checkSum(rule, valueOf) ?? []);
  return [...sumFindings, ...cellFindings];
}

/** Every finding the report alone supports, errors first. */
export function validateReport(report: Report, options: ValidateOptions = {}): Finding[] {
  const findings = [
    ...validateTables(report, options.stage),
    ...checkDeadline(report, options.deadlines),
    ...checkDateStyle(report),
    ...checkRegulationsAllowed(report),
    ...checkIssuedInForce(report),
  ];
  return [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity === 'warning')];
}
