import type { Finding } from '../model/finding.ts';
import { validateReport } from '../model/validateReport.ts';
import { parseArgs } from './parseArgs.ts';
import { readReportFile } from './readReportFile.ts';
import { CliError } from './cliError.ts';
import { describeFindings } from './describeFindings.ts';

export type Output = { out: (line: string) => void; err: (line: string) => void };

type FileResult = { file: string; findings: readonly Finding[] } | { file: string; error: string };

function describe(result: FileResult): string[] {
  if ('error' in result) return [`${result.file}: 无法读取：${result.error}`];
  return describeFindings(result.file, result.findings);
}

/** validate <file>... [--json] [--final]: exit 0 no errors, 1 some file has errors, 2 a file could not be read. */
export async function validateCommand(argv: readonly string[], output: Output): Promise<number> {
  const { positional, options } = parseArgs(argv, [], ['--json', '--final']);
  if (positional.length === 0) throw new CliError('用法：validate <报告文件>... [--json] [--final]');
  const stage = options.has('--final') ? 'final' : 'draft';
  const results: FileResult[] = [];
  for (const file of positional) {
    try {
      const report = await readReportFile(file);
      results.push({ file, findings: validateReport(report, { stage }) });
    } catch (error) {
      results.push({ file, error: error instanceof Error ? error.message : String(error) });
    }
  }
  const unreadable = results.filter((r): r is { file: string; error: string } => 'error' in r);
  unreadable.forEach((r) => output.err(`${r.file}: 无法读取：${r.error}`));
  const readable = results.filter((r): r is { file: string; findings: readonly Finding[] } => 'findings' in r);
  if (options.has('--json')) output.out(JSON.stringify({ files: readable }));
  else readable.forEach((r) => describe(r).forEach(output.out));
  if (unreadable.length > 0) return 2;
  return readable.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
