import type { ActiveColumn, CellPath } from '../template/cellPathType.ts';
import { defaultDeadlines, documentRows, ruleSeverity } from '../template/reportRules.ts';
import { getCell } from './cellAccess.ts';
import { knownCell } from './cellCatalog.ts';
import { cellNumber } from './cellValue.ts';
import { formatChineseDate, isValidIsoDate } from './dates.ts';
import type { Finding } from './finding.ts';
import { reportDeadline, type Deadlines } from './reportDeadline.ts';
import type { Report } from './reportSchema.ts';
import { textFields } from './textFields.ts';

const kindNames = { department: '部门', government: '人民政府本级', other: '本机关' } as const;

/** 成文日期 after the legal deadline (条例 第四十九条), or meta.deadline where set locally. */
export function checkDeadline(report: Report, deadlines: Deadlines = defaultDeadlines): Finding[] {
  const { issuedOn, agencyKind = 'department' } = report.meta;
  if (!issuedOn) return [];
  if (!isValidIsoDate(issuedOn)) {
    return [{ severity: ruleSeverity('date-format'), rule: 'date-format', cells: ['meta.issuedOn'], message: `成文日期“${issuedOn}”不是有效日期，请重新选择` }];
  }
  const due = reportDeadline(report, { deadlines, townships: 'set-locally' }); // none for a 乡镇/街道 that has not set its own
  if (due === undefined || issuedOn <= due.date) return [];
  return [{
    severity: ruleSeverity('late-issue'),
    rule: 'late-issue',
    cells: ['meta.issuedOn'],
    message: `成文日期${formatChineseDate(issuedOn)}晚于${kindNames[agencyKind]}年度报告的公布时限${formatChineseDate(due.date)}，请核实日期`,
  }];
}

const writtenDate = /(?:(\d{4}|[〇零一二三四五六七八九]{4})年)?(元|\d{1,2})月(?:(\d{1,2})日)?/g;

/** Dates written with 元月 or zero padding in the narrative (GB/T 9704 §7.3.5.4). */
export function checkDateStyle(report: Report): Finding[] {
  return textFields(report).flatMap((field) =>
    [...field.value.matchAll(writtenDate)].flatMap((match) => {
      const [written, year, month = '', day] = match;
      const bad = month === '元' || month.startsWith('0') || (day?.startsWith('0') ?? false);
      if (!bad) return [];
      const fixed = `${year ? `${year}年` : ''}${month === '元' ? 1 : Number(month)}月${day ? `${Number(day)}日` : ''}`;
      return [{
        severity: ruleSeverity('date-format'),
        rule: 'date-format',
        cells: [field.path],
        message: `日期“${written}”写法不规范，应写作“${fixed}”（阿拉伯数字，不用“元月”，月、日不补零）`,
      }];
    }),
  );
}

/** 规章 can be made only by 国务院部门 and provincial / 设区的市 / 自治州 governments. */
export function checkRegulationsAllowed(report: Report): Finding[] {
  const { canMakeRegulations, agencyKind, agencyLevel } = report.meta;
  // Recognised level: only 省 and 设区的市/自治州 governments (and 国务院部门) make 规章; files without a level keep the old default.
  const byLevel = agencyLevel === undefined ? agencyKind === 'government' : agencyLevel === 'national' || (agencyKind === 'government' && (agencyLevel === 'province' || agencyLevel === 'city'));
  const allowed = canMakeRegulations ?? byLevel;
  if (allowed) return [];
  const cells = (['issued', 'repealed', 'inForce'] as const).map((column): CellPath => `tables.active.regulations.${column}`);
  const filled = cells.filter((cell) => (cellNumber(getCell(report, cell), 'count') ?? 0) > 0);
  if (filled.length === 0) return [];
  return [{
    severity: ruleSeverity('regulations-not-allowed'),
    rule: 'regulations-not-allowed',
    cells: filled,
    message: `表二「${knownCell('tables.active.regulations.issued').rowName}」一行填了数字，而规章只能由国务院部门和省、设区的市、自治州人民政府制定。常见原因是把行政规范性文件填进了规章一行，请核实；如本机关确有规章制定权，请在基本信息中勾选，或将此提醒标为已核实。`,
  }];
}

/** More documents issued this year than are in force, with none repealed. */
export function checkIssuedInForce(report: Report): Finding[] {
  return documentRows.flatMap((row) => {
    const at = (column: ActiveColumn<typeof row>): CellPath => `tables.active.${row}.${column}`;
    const issued = cellNumber(getCell(report, at('issued')), 'count');
    const inForce = cellNumber(getCell(report, at('inForce')), 'count');
    const repealed = cellNumber(getCell(report, at('repealed')), 'count') ?? 0;
    if (issued === undefined || inForce === undefined || issued <= inForce || repealed > 0) return [];
    const label = knownCell(at('issued')).rowName;
    return [{
      severity: ruleSeverity('issued-exceeds-in-force'),
      rule: 'issued-exceeds-in-force',
      cells: [at('inForce'), at('issued')],
      expected: issued,
      actual: inForce,
      message: `表二「${label}」：本年制发 ${issued} 件，现行有效却只有 ${inForce} 件，且本年没有废止，请核实`,
    }];
  });
}
