import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { reviewReports, type Review, type ReviewInput } from '../model/review/reviewReports.ts';
import { renderReviewCsv } from '../render/review/reviewCsv.ts';
import { renderReviewHtml } from '../render/review/reviewHtml.ts';
import { CliError } from './cliError.ts';
import { collectReportFiles } from './collectReportFiles.ts';
import { parseArgs } from './parseArgs.ts';
import { readReportFile } from './readReportFile.ts';
import { reviewProgress } from './reviewProgress.ts';
import type { Output } from './validateCommand.ts';

const usage = '用法：review <文件或文件夹>... [--html review.html] [--csv review.csv] [--json] [--final]';

/** The --json form of spec §3: one row per report and the summary. */
export function reviewJson(review: Review): string {
  return JSON.stringify({
    reports: review.reviewed.map((r) => r.row),
    unreadable: review.unreadable,
    summary: review.summary,
    aggregates: review.aggregates.map((a) => ({ year: a.year, reports: a.reports, errors: a.findings.length })),
  });
}

const writeErrors: Readonly<Record<string, string>> = {
  ENOENT: '所在文件夹不存在', EACCES: '没有写入权限', EISDIR: '这是一个文件夹', ENOSPC: '磁盘已满', EROFS: '磁盘只读',
};

async function writeOutput(path: string, content: string, what: string, output: Output): Promise<void> {
  try {
    await writeFile(path, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new CliError(`无法写入${what} ${path}：${writeErrors[code] ?? `写入失败（${code || String(error)}）`}`);
  }
  output.err(`${what}已写入：${path}`);
}

/** review <file or folder>...: exit 0 no errors, 1 some report has errors, 2 a file could not be read. */
export async function reviewCommand(argv: readonly string[], output: Output): Promise<number> {
  const { positional, options } = parseArgs(argv, ['--html', '--csv'], ['--json', '--final']);
  if (positional.length === 0) throw new CliError(usage);
  const { files, missing } = await collectReportFiles(positional);
  const outputs = (['--html', '--csv'] as const).flatMap((option) => {
    const path = options.get(option);
    return typeof path === 'string' ? [{ option, path }] : [];
  });
  const inputs = new Set(files.map((file) => resolve(file)));
  for (const { path } of outputs) {
    if (inputs.has(resolve(path))) throw new CliError(`输出文件 ${path} 是要审查的报告之一，不能覆盖它；请换一个文件名`);
  }
  if (files.length === 0 && missing.length === 0) throw new CliError(`没有找到报告文件（.json、.txt、.html、.mhtml、.docx、.pdf）：${positional.join(' ')}`);
  const read: ReviewInput[] = missing.map((file) => ({ file, error: '文件或文件夹不存在' }));
  const progress = reviewProgress(files.length);
  for (const [i, file] of files.entries()) {
    try {
      read.push({ file, report: await readReportFile(file) });
    } catch (error) {
      read.push({ file, error: error instanceof Error ? error.message : String(error) });
    }
    progress.step(i + 1);
  }
  progress.end();
  const review = reviewReports(read, { stage: options.has('--final') ? 'final' : 'draft' });
  review.unreadable.forEach((u) => output.err(`${u.file}: 无法读取：${u.error}`));
  const html = options.get('--html');
  const csv = options.get('--csv');
  if (typeof html === 'string') await writeOutput(html, renderReviewHtml(review), '审查网页', output);
  if (typeof csv === 'string') await writeOutput(csv, renderReviewCsv(review), '审查表格', output);
  if (options.has('--json')) output.out(reviewJson(review));
  else {
    const s = review.summary;
    output.out(`共读取 ${s.reports} 份报告，${s.unreadable} 个文件无法读取；${s.withErrors} 份有错误，${s.late} 份逾期公布（有发布日期的按发布日期，否则按成文日期），${s.repeatOver50} 份与上年重复率超过50%`);
    review.reviewed.forEach(({ row }) =>
      output.out(`  ${row.agency || '（未写明机关）'} ${row.year}年：${row.errors} 个错误，${row.warnings} 个提醒${row.suspects > 0 ? `，${row.suspects} 个疑似错格` : ''}${row.late ? `，逾期（${row.lateBasis === 'publishedOn' ? `发布日期 ${row.publishedOn ?? ''}` : '按成文日期'}）` : ''}${row.repeatRate !== null ? `，与上年重复 ${Math.round(row.repeatRate * 100)}%` : ''}  ${row.file}`));
  }
  if (review.unreadable.length > 0) return 2;
  return review.reviewed.some((r) => r.row.errors > 0) ? 1 : 0;
}
