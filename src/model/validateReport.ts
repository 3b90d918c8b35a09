import { applyAcknowledgements } from './acknowledgement.ts';
import { cellCatalog } from './cellCatalog.ts';
import { getCell } from './cellAccess.ts';
import { checkCell, type Stage } from './checkCells.ts';
import { checkSum } from './checkSums.ts';
import { explainSums } from './explainSums.ts';
import type { Finding } from './finding.ts';
import { reportChecks, type CheckOptions } from './reportChecks.ts';
import type { Report } from './reportSchema.ts';
import { sumRules } from './sumRules.ts';

export type ValidateOptions = CheckOptions & { readonly stage?: Stage };

/** Cell findings (invalid, blank) and arithmetic findings: what the tables alone say. */
export function validateTables(report: Report, stage: Stage = 'draft'): Finding[] {
  const valueOf = (path: string) => getCell(report, path);
  const failing = sumRules.flatMap((rule) => {
    const finding = checkSum(rule, valueOf);
    return finding ? [{ rule, finding }] : [];
  });
  const sumFindings = explainSums(failing, valueOf);
  const cellFindings = cellCatalog.flatMap((cell) => checkCell(cell.path, valueOf(cell.path), stage, valueOf) ?? []);
  return [...sumFindings, ...cellFindings];
}

/** Report-level findings: meta, narrative and cross-year checks. */
export function validateText(report: Report, options: CheckOptions = {}): Finding[] {
  return applyAcknowledgements(report, reportChecks.flatMap((check) => check(report, options)));
}

/** Every finding the report supports, errors first. */
export function validateReport(report: Report, options: ValidateOptions = {}): Finding[] {
  const findings = [...validateTables(report, options.stage), ...validateText(report, options)];
  return [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity === 'warning')];
}
