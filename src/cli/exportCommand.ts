import { lacksAgency } from '../model/exportGuard.ts';
import type { Report } from '../model/reportSchema.ts';
import { validateReport } from '../model/validateReport.ts';
import { countVerdicts, describeCounts } from '../model/verdict.ts';
import { exportFormats, exportKinds, renderExport } from '../render/exportFormats.ts';
import { CliError } from './cliError.ts';
import { parseArgs } from './parseArgs.ts';
import { readReportFile } from './readReportFile.ts';
import { guardOutputs } from './outputGuard.ts';
import { writeFileAtomically } from './writeFileAtomically.ts';
import type { Output } from './validateCommand.ts';

// One option per export format (render/exportFormats.ts).
const targets = exportKinds.map((kind) => ({ kind, option: exportFormats[kind].option, what: exportFormats[kind].cliName, fileKind: exportFormats[kind].fileKind }));
const outName = (suffix: string) => `out${suffix.slice(suffix.lastIndexOf('.'))}`;

const usage = `用法：export <report.json> ${exportKinds.map((kind) => `[${exportFormats[kind].option} ${outName(exportFormats[kind].suffix)}]`).join(' ')}`;

/** export <report.json> [--docx out.docx] [--html out.html] [--cms out.html]: exit 0 written, 2 bad input. */
export async function exportCommand(argv: readonly string[], output: Output): Promise<number> {
  const { positional, options } = parseArgs(argv, targets.map((t) => t.option), ['--force']);
  const [file, ...extra] = positional;
  if (file === undefined) throw new CliError(usage);
  if (extra.length > 0) throw new CliError(`多余的参数：${extra.join(' ')}（${usage}）`);
  const chosen = targets.flatMap((target) => {
    const path = options.get(target.option);
    return typeof path === 'string' ? [{ target, path }] : [];
  });
  if (chosen.length === 0) throw new CliError(`请至少给出 ${targets.map((t) => t.option).join('、').replace(/、([^、]*)$/, ' 或 $1')} 之一（${usage}）`);
  await guardOutputs([{ path: file, what: '报告文件' }], chosen.map(({ target, path }) => ({ option: target.option, path, kind: target.fileKind })), options.has('--force'));
  let report: Report;
  try {
    report = await readReportFile(file);
  } catch (error) {
    throw new CliError(`${file}: 无法读取：${error instanceof Error ? error.message : String(error)}`);
  }
  if (lacksAgency(report)) {
    throw new CliError(`${file}: 没有机关全称（meta.agency），报告标题和落款无法生成；请先填写后再导出`);
  }
  for (const { target, path } of chosen) {
    const content = await renderExport(target.kind, report);
    await writeFileAtomically(path, content);
    output.out(`${target.what}已写入：${path}`);
  }
  const blockers = describeCounts(countVerdicts(validateReport(report, { stage: 'final' }).filter((f) => f.severity === 'error')));
  if (blockers !== '') output.err(`注意：报告还有${blockers}没有解决（未填的单元格印为 0），请用 validate --final 查看`);
  return 0;
}
