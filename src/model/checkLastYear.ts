import type { ActiveColumn, CellPath } from '../template/cellPathType.ts';
import { documentRows, ruleSeverity } from '../template/reportRules.ts';
import { getCell } from './cellAccess.ts';
import { knownCell, rowLabelOf } from './cellCatalog.ts';
import { cellNumber } from './cellValue.ts';
import type { Finding } from './finding.ts';
import { cellPlace } from './findingMessages.ts';
import { carriedForwardColumns } from './lastYearColumns.ts';
import { overviewText } from './overviewText.ts';
import type { Report } from './reportSchema.ts';
import { textRepeatRate } from './textRepeatRate.ts';

/** Default share of repeated text that draws a warning (one city's assessment deducts points above 50%). */
export const defaultTextRepeatThreshold = 0.5;

export type LastYearOptions = { readonly textRepeatThreshold?: number };

const documentName = (row: (typeof documentRows)[number]): string => knownCell(`tables.active.${row}.inForce`).rowName;

function checkCarriedOver(report: Report): Finding[] {
  const last = report.meta.lastYear;
  if (!last) return [];
  return carriedForwardColumns.flatMap((column) => {
    const path: CellPath = `tables.requests.carriedOver.${column}`;
    const actual = cellNumber(getCell(report, path), 'count');
    const expected = last.carriedForward[column];
    if (actual === undefined || typeof expected !== 'number' || actual === expected) return [];
    return [{
      severity: ruleSeverity('carried-over'),
      rule: 'carried-over',
      cells: [path],
      expected,
      actual,
      message: `${cellPlace(path)}为 ${actual}，而${last.year}年报告的「${rowLabelOf(`tables.requests.carriedForward.${column}`)}」为 ${expected}，两者应相等`,
    }];
  });
}

function checkInForce(report: Report): Finding[] {
  const last = report.meta.lastYear;
  if (!last) return [];
  return documentRows.flatMap((row) => {
    const at = (column: ActiveColumn<typeof row>): CellPath => `tables.active.${row}.${column}`;
    const before = last.inForce[row];
    const issued = cellNumber(getCell(report, at('issued')), 'count');
    const repealed = cellNumber(getCell(report, at('repealed')), 'count');
    const inForce = cellNumber(getCell(report, at('inForce')), 'count');
    if (typeof before !== 'number' || issued === undefined || repealed === undefined || inForce === undefined) return [];
    const expected = before + issued - repealed;
    if (expected === inForce) return [];
    return [{
      severity: ruleSeverity('in-force-continuity'),
      rule: 'in-force-continuity',
      cells: [at('inForce'), at('issued'), at('repealed')],
      expected,
      actual: inForce,
      message: `表二「${documentName(row)}」：上年现行有效 ${before} 件 + 本年制发 ${issued} 件 − 本年废止 ${repealed} 件 = ${expected} 件，而本年现行有效填了 ${inForce} 件；如有清理或修订请在正文说明，否则请核实`,
    }];
  });
}

function checkTextRepeat(report: Report, threshold: number): Finding[] {
  const last = report.meta.lastYear;
  if (!last) return [];
  const parts = [
    { path: 'text.overview.intro' as const, name: '一、总体情况', current: overviewText(report.text.overview), previous: last.text.overview },
    { path: 'text.problems' as const, name: '五、存在的主要问题及改进情况', current: report.text.problems, previous: last.text.problems },
  ];
  return parts.flatMap((part) => {
    const rate = textRepeatRate(part.current, part.previous);
    if (rate <= threshold) return [];
    const percent = Math.round(rate * 100);
    return [{
      severity: ruleSeverity('text-repeat'),
      rule: 'text-repeat',
      cells: [part.path],
      expected: Math.round(threshold * 100),
      actual: percent,
      message: `「${part.name}」与${last.year}年报告的文字重复率约为 ${percent}%（超过 ${Math.round(threshold * 100)}%），内容雷同，请结合本年工作重新撰写`,
    }];
  });
}

/** Checks against last year's report, when the draft carries it (meta.lastYear). */
export function checkLastYear(report: Report, options: LastYearOptions = {}): Finding[] {
  if (!report.meta.lastYear) return [];
  return [
    ...checkCarriedOver(report),
    ...checkInForce(report),
    ...checkTextRepeat(report, options.textRepeatThreshold ?? defaultTextRepeatThreshold),
  ];
}
