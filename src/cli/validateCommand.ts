import type { Finding } from '../model/finding.ts';
import { assessReport } from '../model/assessment/assessReport.ts';
import type { AssessmentResult } from '../model/assessment/assessmentResult.ts';
import { validateReport } from '../model/validateReport.ts';
import { loadPack } from './loadPack.ts';
import { parseArgs } from './parseArgs.ts';
import { readReportFile } from './readReportFile.ts';
import { CliError } from './cliError.ts';
import { describeAssessment } from './describeAssessment.ts';
import { describeFindings } from './describeFindings.ts';

export type Output = { out: (line: string) => void; err: (line: string) => void };

type FileResult = { file: string; findings: readonly Finding[]; assessment?: AssessmentResult } | { file: string; error: string };

function describe(result: FileResult): string[] {
  if ('error' in result) return [`${result.file}: 无法读取：${result.error}`];
  return describeFindings(result.file, result.findings);
}

/** validate <file>... [--json] [--final]: exit 0 no errors, 1 some file has errors, 2 a file could not be read. */
export async function validateCommand(argv: readonly string[], output: Output): Promise<number> {
  const { positional, options } = parseArgs(argv, ['--pack'], ['--json', '--final']);
  if (positional.length === 0) throw new CliError('用法：validate <报告文件>... [--json] [--final] [--pack <规则包编号或文件>]');
  const packOption = options.get('--pack');
  const pack = typeof packOption === 'string' ? await loadPack(packOption) : undefined;
  const stage = options.has('--final') ? 'final' : 'draft';
  const results: FileResult[] = [];
  for (const file of positional) {
    try {
      const report = await readReportFile(file);
      const findings = validateReport(report, { stage });
      // spec assessment-packs.md §5: the same "assessment" per file; one file has no last year, other units or copies.
      const assessment = pack ? assessReport(report, pack, stage === 'final' ? { findings } : {}) : undefined;
      results.push({ file, findings, ...(assessment ? { assessment } : {}) });
    } catch (error) {
      results.push({ file, error: error instanceof Error ? error.message : String(error) });
    }
  }
  const unreadable = results.filter((r): r is { file: string; error: string } => 'error' in r);
  unreadable.forEach((r) => output.err(`${r.file}: 无法读取：${r.error}`));
  const readable = results.filter((r): r is Extract<FileResult, { findings: unknown }> => 'findings' in r);
  if (options.has('--json')) output.out(JSON.stringify({ files: readable }));
  else readable.forEach((r) => [...describe(r), ...(r.assessment ? describeAssessment(r.assessment) : [])].forEach(output.out));
  if (unreadable.length > 0) return 2;
  return readable.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}
