import { applyAcknowledgements } from './acknowledgement.ts';
import { getCell } from './cellAccess.ts';
import type { Stage } from './checkCells.ts';
import type { Finding } from './finding.ts';
import { reportChecks, type CheckOptions } from './reportChecks.ts';
import type { Report } from './reportSchema.ts';
import { createTableFindings } from './tableFindings.ts';

export type ValidateOptions = CheckOptions & { readonly stage?: Stage };

/** Cell findings (invalid, blank) and arithmetic findings: what the tables alone say. */
export function validateTables(report: Report, stage: Stage = 'draft'): Finding[] {
  const tables = createTableFindings(stage);
  tables.recheck((path) => getCell(report, path), new Set());
  return tables.all();
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
