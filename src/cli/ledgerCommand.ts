import { readFile, stat } from 'node:fs/promises';
import { readLedgerFile } from '../import/ledger/readLedgerFile.ts';
import { maxImportBytes, tooLargeMessage } from '../import/importLimits.ts';
import { countLedger } from '../model/ledger/countLedger.ts';
import { applyLedgerCount } from '../model/ledger/applyLedgerCount.ts';
import { columnUsage, describeColumnUse } from '../model/ledger/columnUsage.ts';
import { problemLine } from '../model/ledger/ledgerProblem.ts';
import { checkDeadlines } from '../model/ledger/answerDeadlines.ts';
import { checkCarriedOver } from '../model/ledger/checkCarriedOver.ts';
import { chineseWorkdays } from '../model/ledger/chineseWorkdays.ts';
import { emptyReport } from '../model/emptyReport.ts';
import { CliError } from './cliError.ts';
import { parseArgs } from './parseArgs.ts';
import { readReportFile } from './readReportFile.ts';
import { guardOutputs } from './outputGuard.ts';
import { writeReportJson } from './writeReportJson.ts';
import type { Output } from './validateCommand.ts';

const usage = '用法：ledger <台账.xlsx|.csv> --year 2024 [--into report.json] [-o out.json] [--json] [--force]';

async function readLedgerBytes(file: string): Promise<Uint8Array> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(`${file}: 这是一个文件夹，不是文件`);
    if (info.size > maxImportBytes) throw new CliError(`${file}: ${tooLargeMessage(info.size)}`);
    const bytes = await readFile(file);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${file}: ${code === 'ENOENT' ? '文件不存在' : code === 'EACCES' ? '没有读取权限' : `无法读取（${code ?? String(error)}）`}`);
  }
}

function readYear(value: string | true | undefined): number {
  if (typeof value !== 'string') throw new CliError(`请用 --year 指定报告年度，如 --year 2024\n${usage}`);
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < 2000 || year > 2100) throw new CliError(`报告年度“${value}”不对：请写四位数的年份，如 --year 2024`);
  return year;
}

/**
 * ledger <file> --year Y: table 三 counted from the ledger into a report (the rest from --into, or empty).
 * Exit 0 when every line was counted, 1 when some were listed, 2 on a file it cannot read.
 */
export async function ledgerCommand(argv: readonly string[], output: Output): Promise<number> {
  const { positional, options } = parseArgs(argv, ['--year', '--into', '-o'], ['--json', '--force']);
  const [file, ...extra] = positional;
  if (file === undefined) throw new CliError(usage);
  if (extra.length > 0) throw new CliError(`多余的参数：${extra.join(' ')}`);
  const year = readYear(options.get('--year'));
  const target = options.get('-o');
  const into = options.get('--into');
  const inputs = [{ path: file, what: '台账文件' }, ...(typeof into === 'string' ? [{ path: into, what: '报告文件' }] : [])];
  if (typeof target === 'string') await guardOutputs(inputs, [{ option: '-o', path: target, kind: 'report' }], options.has('--force'));
  const read = await readLedgerFile(file, await readLedgerBytes(file));
  if (!read.ok) throw new CliError(`${file}: ${read.error}`);
  const count = countLedger(read.sheet, { year });
  if (!count.ok) throw new CliError(`${file}: ${count.error}`);
  let base;
  if (typeof into === 'string') {
    try {
      base = await readReportFile(into);
    } catch (error) {
      throw new CliError(`${into}: ${error instanceof Error ? error.message : String(error)}`);
    }
  } else base = emptyReport({ year, agency: '' });
  const report = applyLedgerCount(base, count);
  const json = options.get('--json') === true;
  if (json) {
    output.out(JSON.stringify({ counted: count.counted.length, lines: count.problems.map(({ row, problem }) => ({ row, problem })) }));
  } else {
    output.err(`使用的列：${columnUsage(count.mapping, count.headers).map(describeColumnUse).join('；')}`);
    if (base.meta.year !== year) output.err(`注意：--into 的报告是 ${base.meta.year} 年度的，表三按 ${year} 年计数`);
    for (const problem of count.problems) output.err(problemLine(problem));
    output.err(`共 ${count.lines} 行，计入 ${count.counted.length} 行${count.problems.length > 0 ? `，列出 ${count.problems.length} 处问题` : ''}`);
  }
  // Warnings never change the exit status: they name lines to check by hand.
  const deadlines = checkDeadlines(count.counted, year, chineseWorkdays);
  for (const warning of deadlines.warnings) output.err(`提醒 ${problemLine(warning)}`);
  if (deadlines.unchecked > 0) output.err(`提醒：节假日日历没有相应年份的数据，${deadlines.unchecked} 行的答复期限未检查`);
  const lastYear = base.meta.lastYear;
  if (lastYear && lastYear.year === year - 1) for (const message of checkCarriedOver(count, lastYear.carriedForward)) output.err(`提醒：${message}`);
  // With --json the summary owns stdout: the report is written only to -o.
  if (!json || typeof target === 'string') await writeReportJson(report, target, output);
  return count.problems.length > 0 ? 1 : 0;
}
