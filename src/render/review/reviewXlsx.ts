import type { SheetData } from 'write-excel-file/universal';
import type { Evidence } from '../../model/assessment/assessmentResult.ts';
import type { AssessmentPack } from '../../model/assessment/packSchema.ts';
import { columnLetter } from '../../model/ledger/columnUsage.ts';
import type { Review, ReviewedReport } from '../../model/review/reviewReports.ts';
import { ruleTitle } from '../../model/ruleTitles.ts';
import { verdictOf, verdictWord } from '../../model/verdict.ts';
import { generatorLabel } from '../generator.ts';
import { autoFilterFeature, type SheetFilter } from './autoFilterFeature.ts';
import { spreadsheetText } from '../spreadsheetText.ts';

/** What the run record (运行记录) states beyond the review itself. */
export type ReviewRun = { readonly inputs: readonly string[]; readonly startedAt: Date; readonly finishedAt: Date; readonly pack?: AssessmentPack };

type Value = string | number | null;
type Column = { readonly header: string; readonly width: number };
type Sheet = { readonly name: string; readonly columns: readonly Column[]; readonly rows: readonly (readonly Value[])[]; readonly filter: boolean };

const agencyOf = (entry: ReviewedReport) => entry.row.agency || '（未写明机关）';
const percent = (value: number | null | undefined) => (value === null || value === undefined ? null : Math.round(value * 1000) / 10);
const lateText = (late: boolean | null) => (late === null ? '' : late ? '逾期' : '按时');
const where = (e: Evidence) => e.cell ?? e.part ?? '';

// Sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook.
function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[:\\/?*[\]]/g, '·').slice(0, 28) || '规则';
  let name = base;
  for (let i = 2; taken.has(name); i += 1) name = `${base}${i}`;
  taken.add(name);
  return name;
}

function summarySheet(review: Review, pack: AssessmentPack | undefined): Sheet {
  const columns: Column[] = [
    { header: '机关', width: 30 }, { header: '年度', width: 7 },
    ...(pack ? [{ header: '得分', width: 7 }, { header: '扣分', width: 7 }, { header: '扣分项', width: 36 }] : []),
    { header: '错误', width: 7 }, { header: '提醒', width: 7 }, { header: '是否逾期', width: 9 },
    { header: '与上年重复率（%）', width: 11 }, { header: '最相似的单位', width: 30 }, { header: '与其重复率（%）', width: 11 }, { header: '文件', width: 50 },
  ];
  const rows = review.reviewed.map((entry) => {
    const { row } = entry;
    const most = row.similarTo?.[0];
    const mostAgency = most ? review.reviewed.find((other) => other.row.file === most.file)?.row.agency ?? most.file : '';
    const assessment = row.assessment;
    return [
      agencyOf(entry), row.year,
      ...(pack ? [assessment?.score ?? null, assessment ? Math.round((assessment.points - assessment.score) * 100) / 100 : null, assessment?.deductions.map((d) => `${d.title}−${d.points}`).join('；') ?? ''] : []),
      row.errors, row.warnings, lateText(row.late), percent(row.repeatRate), mostAgency, percent(most?.share), row.file,
    ];
  });
  return { name: '汇总', columns, rows, filter: true };
}

function ruleSheets(review: Review, pack: AssessmentPack, taken: Set<string>): Sheet[] {
  return pack.rules.map((rule) => {
    const rows = review.reviewed.flatMap((entry) => {
      const deduction = entry.row.assessment?.deductions.find((d) => d.rule === rule.id);
      if (!deduction) return [];
      return deduction.evidence.map((e) => [agencyOf(entry), entry.row.year, deduction.points, where(e), e.quote ?? '', e.file ?? '', percent(e.share), deduction.fix, entry.row.file]);
    });
    return {
      name: sheetName(rule.title, taken),
      columns: [{ header: '机关', width: 30 }, { header: '年度', width: 7 }, { header: '扣分', width: 7 }, { header: '位置', width: 34 }, { header: '证据', width: 60 },
        { header: '相关文件', width: 30 }, { header: '重复率（%）', width: 10 }, { header: '整改建议', width: 50 }, { header: '文件', width: 50 }],
      rows,
      filter: true,
    };
  });
}

function detailSheet(review: Review): Sheet {
  const rows = review.reviewed.flatMap((entry) => entry.findings.map((f) => [
    agencyOf(entry), entry.row.year, verdictWord[verdictOf(f)], ruleTitle(f.rule), f.rule, f.cells[0] ?? '', f.message, entry.row.file,
  ]));
  return {
    name: '明细',
    columns: [{ header: '机关', width: 30 }, { header: '年度', width: 7 }, { header: '结论', width: 7 }, { header: '问题类别', width: 24 }, { header: '规则编号', width: 22 },
      { header: '位置', width: 36 }, { header: '说明', width: 80 }, { header: '文件', width: 50 }],
    rows,
    filter: true,
  };
}

function runSheet(review: Review, run: ReviewRun): Sheet {
  const pack = run.pack;
  const rows: Value[][] = [
    ['评估规则包', pack ? `${pack.name}（${pack.id}）` : '未使用（没有 --pack）'],
    ...(pack ? [['规则包版本', pack.edition], ['规则包出处', pack.source], ['满分', pack.points]] as Value[][] : []),
    ['检查程序及版本', generatorLabel],
    ['开始时间', run.startedAt.toISOString()],
    ['完成时间', run.finishedAt.toISOString()],
    ['输入', run.inputs.join('；')],
    ['读取的报告', review.summary.reports],
    ['无法读取的文件', review.unreadable.length],
    ...review.unreadable.map((u) => [u.file, `无法读取：${u.error}`]),
  ];
  return { name: '运行记录', columns: [{ header: '项目', width: 24 }, { header: '内容', width: 100 }], rows, filter: false };
}

const bold = (value: string) => ({ value, fontWeight: 'bold' as const, backgroundColor: '#e8eef7' });

function cell(value: Value) {
  if (value === null || value === '') return null;
  if (typeof value === 'number') return { value, type: Number };
  return { value: spreadsheetText(value), type: String };
}

/**
 * The reviewer's workbook (issue 27): 汇总 (one row per report), one sheet per rule of the pack with the
 * reports that lost points and the evidence, 明细 (every finding), 运行记录. Header rows frozen, column
 * widths set, filters on every table; text that a spreadsheet would run as a formula is neutralised.
 */
export async function renderReviewXlsx(review: Review, run: ReviewRun): Promise<Uint8Array> {
  const { default: writeExcelFile } = await import('write-excel-file/universal');
  const taken = new Set(['汇总', '明细', '运行记录']);
  const sheets: Sheet[] = [summarySheet(review, run.pack), ...(run.pack ? ruleSheets(review, run.pack, taken) : []), detailSheet(review), runSheet(review, run)];
  const filters: SheetFilter[] = sheets.flatMap((sheet, sheetIndex) => (sheet.filter
    ? [{ sheetIndex, sheet: sheet.name, ref: `A1:${columnLetter(sheet.columns.length - 1)}${sheet.rows.length + 1}` }] : []));
  const blob = await writeExcelFile(sheets.map((sheet) => ({
    data: [sheet.columns.map((c) => bold(c.header)), ...sheet.rows.map((row) => row.map(cell))] as SheetData,
    sheet: sheet.name,
    stickyRowsCount: 1,
    columns: sheet.columns.map((c) => ({ width: c.width })),
  })), { features: [autoFilterFeature(filters)] }).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
