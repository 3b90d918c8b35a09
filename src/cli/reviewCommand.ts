import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { addWorkdays } from '../model/ledger/answerDeadlines.ts';
import { chineseWorkdays } from '../model/ledger/chineseWorkdays.ts';
import { needsNotice, returnNotice, returnNoticeText } from '../render/review/returnNotice.ts';
import { returnNoticeDocx } from '../render/review/returnNoticeDocx.ts';
import { renderReviewXlsx } from '../render/review/reviewXlsx.ts';
import { fileErrorMessage } from './fileErrorMessage.ts';
import { reviewReports, type Review, type ReviewInput } from '../model/review/reviewReports.ts';
import { renderReviewCsv } from '../render/review/reviewCsv.ts';
import { renderReviewHtml } from '../render/review/reviewHtml.ts';
import { oldFormatRefusal } from '../import/documentToReport.ts';
import { loadPack } from './loadPack.ts';
import { CliError } from './cliError.ts';
import { collectReportFiles } from './collectReportFiles.ts';
import { guardOutputs, type OutputKind } from './outputGuard.ts';
import { parseArgs } from './parseArgs.ts';
import { readReportFile } from './readReportFile.ts';
import { reviewProgress } from './reviewProgress.ts';
import type { Output } from './validateCommand.ts';
import { writeFileAtomically } from './writeFileAtomically.ts';

const usage = '用法：review <文件或文件夹>... [--pack <规则包编号或文件>] [--html review.html] [--csv review.csv] [--xlsx review.xlsx] [--returns 文件夹] [--json] [--final] [--force]';

/** The --json form of spec §3: one row per report and the summary. */
export function reviewJson(review: Review): string {
  return JSON.stringify({
    reports: review.reviewed.map((r) => r.row),
    unreadable: review.unreadable,
    summary: review.summary,
    aggregates: review.aggregates.map((a) => ({ year: a.year, reports: a.reports, errors: a.findings.length })),
  });
}

async function writeOutput(path: string, content: string | Uint8Array, what: string, output: Output): Promise<void> {
  await writeFileAtomically(path, content, what);
  output.err(`${what}已写入：${path}`);
}

const outputKinds: Readonly<Record<'--html' | '--csv' | '--xlsx', OutputKind>> = { '--html': 'html', '--csv': 'csv', '--xlsx': 'xlsx' };

// A file name from an agency's name: characters Windows forbids replaced.
const fileStem = (text: string) => text.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || '未写明机关';

/** --returns DIR: a 退回修改意见 (.docx in the report's 公文 layout, and .txt) per report with deductions or errors. */
async function writeReturns(dir: string, review: Review, output: Output): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new CliError(`无法建立文件夹 ${dir}：${fileErrorMessage(error, 'write')}`);
  }
  const today = new Date().toISOString().slice(0, 10);
  const dueBy = addWorkdays(today, 5, chineseWorkdays);
  const taken = new Set<string>();
  let written = 0;
  for (const entry of review.reviewed) {
    const input = { report: entry.report, file: entry.row.file, findings: entry.findings, today, dueBy, ...(entry.row.assessment ? { assessment: entry.row.assessment } : {}) };
    if (!needsNotice(input)) continue;
    const base = `${fileStem(entry.row.agency)}${entry.row.year}年-退回修改意见`;
    let stem = base;
    for (let i = 2; taken.has(stem); i += 1) stem = `${base}-${i}`;
    taken.add(stem);
    const notice = returnNotice(input);
    await writeOutput(join(dir, `${stem}.docx`), await returnNoticeDocx(notice, entry.report), '退回修改意见', output);
    await writeOutput(join(dir, `${stem}.txt`), `\uFEFF${returnNoticeText(notice).replace(/\n/g, '\r\n')}`, '退回修改意见', output);
    written += 1;
  }
  output.err(`共写出 ${written} 份退回修改意见（${dir}），修改期限：${dueBy}`);
}

/** review <file or folder>...: exit 0 no errors, 1 some report has errors, 2 a file could not be read. */
export async function reviewCommand(argv: readonly string[], output: Output): Promise<number> {
  const startedAt = new Date();
  const { positional, options } = parseArgs(argv, ['--html', '--csv', '--pack', '--xlsx', '--returns'], ['--json', '--final', '--force']);
  if (positional.length === 0) throw new CliError(usage);
  const packOption = options.get('--pack');
  const pack = typeof packOption === 'string' ? await loadPack(packOption) : undefined;
  const { files, missing } = await collectReportFiles(positional);
  const outputs = (['--html', '--csv', '--xlsx'] as const).flatMap((option) => {
    const path = options.get(option);
    return typeof path === 'string' ? [{ option, path, kind: outputKinds[option] }] : [];
  });
  const refusal = ({ path }: { path: string }) => `输出文件 ${path} 是要审查的报告之一，不能覆盖它；请换一个文件名`;
  await guardOutputs(files.map((file) => ({ path: file, what: '报告文件', refusal })), outputs, options.has('--force'));
  if (files.length === 0 && missing.length === 0) throw new CliError(`没有找到报告文件（.json、.txt、.html、.mhtml、.docx、.pdf）：${positional.join(' ')}`);
  const read: ReviewInput[] = missing.map((file) => ({ file, error: '文件或文件夹不存在' }));
  const progress = reviewProgress(files.length);
  for (const [i, file] of files.entries()) {
    try {
      read.push({ file, report: await readReportFile(file) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      read.push({ file, error: message, ...(message.startsWith(oldFormatRefusal) ? { oldFormat: true } : {}) });
    }
    progress.step(i + 1);
  }
  progress.end();
  const review = reviewReports(read, { stage: options.has('--final') ? 'final' : 'draft', ...(pack ? { pack } : {}) });
  review.unreadable.forEach((u) => output.err(`${u.file}: 无法读取：${u.error}`));
  const html = options.get('--html');
  const csv = options.get('--csv');
  if (typeof html === 'string') await writeOutput(html, renderReviewHtml(review), '审查网页', output);
  if (typeof csv === 'string') await writeOutput(csv, renderReviewCsv(review), '审查表格', output);
  const xlsx = options.get('--xlsx');
  if (typeof xlsx === 'string') {
    const bytes = await renderReviewXlsx(review, { inputs: positional, startedAt, finishedAt: new Date(), ...(pack ? { pack } : {}) });
    await writeOutput(xlsx, bytes, '审查工作簿', output);
  }
  const returns = options.get('--returns');
  if (typeof returns === 'string') await writeReturns(returns, review, output);
  if (options.has('--json')) output.out(reviewJson(review));
  else {
    const s = review.summary;
    output.out(`共读取 ${s.reports} 份报告，${s.unreadable} 个文件无法读取；${s.withErrors} 份有错误，${s.late} 份逾期公布（有发布日期的按发布日期，否则按成文日期），${s.repeatOver50} 份与上年重复率超过50%`);
    review.reviewed.forEach(({ row }) => {
      output.out(`  ${row.agency || '（未写明机关）'} ${row.year}年：${row.assessment ? `${row.assessment.score} / ${row.assessment.points} 分，` : ''}${row.errors} 个错误，${row.warnings} 个提醒${row.suspects > 0 ? `，${row.suspects} 个疑似错格` : ''}${row.late ? `，逾期（${row.lateBasis === 'publishedOn' ? `发布日期 ${row.publishedOn ?? ''}` : '按成文日期'}）` : ''}${row.repeatRate !== null ? `，与上年重复 ${Math.round(row.repeatRate * 100)}%` : ''}  ${row.file}`);
      for (const copy of row.copies ?? []) {
        output.out(copy.differs ? `    与同一报告的另一份 ${copy.file} 内容不同：${copy.where.map((w) => w.quote).join('；')}` : `    与同一报告的另一份 ${copy.file} 内容相同`);
      }
    });
  }
  if (review.unreadable.length > 0) return 2;
  return review.reviewed.some((r) => r.row.errors > 0) ? 1 : 0;
}
