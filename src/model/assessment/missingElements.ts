import { sections } from '../../template/sections.ts';
import { getCell } from '../cellAccess.ts';
import { cellCatalog, cellsOfTable } from '../cellCatalog.ts';
import type { Finding } from '../finding.ts';
import { feeStatement } from '../narrative/checkFeeStatement.ts';
import { isPlaceholder } from '../narrative/placeholder.ts';
import { overviewText } from '../overviewText.ts';
import type { Report } from '../reportSchema.ts';
import { validateTables } from '../validateReport.ts';
import type { PackElement } from './packSchema.ts';
import type { Evidence } from './assessmentResult.ts';

/** What each element is, in the words of spec §2. */
export const elementNames: Readonly<Record<PackElement, string>> = {
  'six-parts': '六个部分齐全且各有内容',
  'tables-complete': '三张统计表全部填写（200 格）',
  'tables-balance': '统计表没有错误',
  'fee-statement': '六写明信息处理费的收取情况',
  'statistics-period': '写明统计期限',
  agency: '标题和落款有机关全称',
  'issued-on': '有成文日期',
};

// The 错误 the tables alone can have (findings of the whole report may hold others).
const tableErrorRules: ReadonlySet<string> = new Set(['row-total', 'results-total', 'balance', 'appeal-total', 'invalid-value']);

const written = (text: string) => text.trim() !== '' && !isPlaceholder(text);

// 统计期限: the word, or the period itself (2024年1月1日至2024年12月31日, 2024年1月1日—12月31日).
const periodStated = /统计期限|统计期间|统计时限|\d{4}年1月1日(?:至|到|—|-|～|~)(?:\d{4}年)?12月31日/;

const allText = (report: Report) => [report.text.preamble, overviewText(report.text.overview), report.text.active, report.text.requests,
  report.text.appeals, report.text.problems, report.text.other].join('\n');

function sixParts(report: Report): Evidence[] {
  const text: Record<string, string> = { overview: overviewText(report.text.overview), problems: report.text.problems, other: report.text.other };
  return sections.flatMap((section) => {
    if (section.table) {
      const filled = cellsOfTable(section.table).some((cell) => getCell(report, cell.path) !== null);
      return filled ? [] : [{ part: `tables.${section.table}`, quote: `${section.heading}：表格全部空白` }];
    }
    const path = section.id === 'overview' ? 'text.overview.intro' : `text.${section.id}`;
    return written(text[section.id] ?? '') ? [] : [{ part: path, quote: `${section.heading}：没有内容` }];
  });
}

/**
 * The evidence that an element is missing (one item per missing piece), or [] when it is there.
 * `tableFindings`: validateTables' findings when the caller has them.
 */
export function missingElement(element: PackElement, report: Report, tableFindings?: readonly Finding[]): Evidence[] {
  switch (element) {
    case 'six-parts':
      return sixParts(report);
    case 'tables-complete': {
      const blank = cellCatalog.filter((cell) => getCell(report, cell.path) === null);
      return blank.length === 0 ? [] : [{ cell: blank[0]?.path ?? '', quote: `${blank.length} 格未填写，如「${blank[0]?.name ?? ''}」`, count: blank.length }];
    }
    case 'tables-balance': {
      const errors = (tableFindings ?? validateTables(report, 'draft')).filter((f) => f.severity === 'error' && tableErrorRules.has(f.rule));
      return errors.slice(0, 5).map((f) => ({ cell: f.cells[0] ?? '', quote: f.message }));
    }
    case 'fee-statement':
      return feeStatement.test(report.text.other) ? [] : [{ part: 'text.other', quote: '六、其他需要报告的事项：没有写明信息处理费的收取情况' }];
    case 'statistics-period':
      return periodStated.test(allText(report).normalize('NFKC')) ? [] : [{ part: 'text.preamble', quote: `正文没有写明统计期限（${report.meta.year}年1月1日至${report.meta.year}年12月31日）` }];
    case 'agency':
      return report.meta.agency.trim() !== '' ? [] : [{ cell: 'meta.agency', quote: '没有机关全称，标题和落款无法写明' }];
    case 'issued-on':
      return report.meta.issuedOn ? [] : [{ cell: 'meta.issuedOn', quote: '没有成文日期' }];
  }
}
