import { agencyMetaDefaults } from '../model/agency/agencyDefaults.ts';
import { gbt2260Divisions } from '../model/agency/gbt2260Divisions.ts';
import { recognizeAgency } from '../model/agency/recognizeAgency.ts';
import { emptyReport } from '../model/emptyReport.ts';
import { defaultReportYear } from '../model/reportYear.ts';
import { agencyKindSchema } from '../model/reportSchema.ts';
import { CliError } from './cliError.ts';
import { parseArgs } from './parseArgs.ts';
import { guardOutputs } from './outputGuard.ts';
import { writeReportJson } from './writeReportJson.ts';
import type { Output } from './validateCommand.ts';

/** new --year 2025 --agency "某某县某某局" [--kind department] [-o out.json]; without --kind, the kind is recognised from the name. */
export async function newCommand(argv: readonly string[], output: Output): Promise<number> {
  const { positional, options } = parseArgs(argv, ['--year', '--agency', '--kind', '-o'], ['--force']);
  if (positional.length > 0) throw new CliError(`多余的参数：${positional.join(' ')}`);
  const yearText = options.get('--year');
  const year = typeof yearText === 'string' ? Number(yearText) : defaultReportYear();
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new CliError(`年度无效：${String(yearText)}（应为四位年份，如 2025）`);
  const agency = options.get('--agency');
  if (typeof agency !== 'string' || agency.trim() === '') throw new CliError('请用 --agency 给出机关全称，如 --agency "某某县某某局"');
  const recognised = agencyMetaDefaults(recognizeAgency(agency.trim(), undefined, gbt2260Divisions));
  const kind = agencyKindSchema.safeParse(options.get('--kind') ?? recognised.agencyKind);
  if (!kind.success) throw new CliError('--kind 只能是 department、government 或 other');
  // A kind given by hand overrides the recognition; its 规章 power then follows only when the kinds agree.
  const { canMakeRegulations, ...rest } = recognised;
  const meta = { ...rest, agencyKind: kind.data, ...(canMakeRegulations && kind.data === recognised.agencyKind ? { canMakeRegulations } : {}) };
  const target = options.get('-o');
  if (typeof target === 'string') await guardOutputs([], [{ option: '-o', path: target, kind: 'report' }], options.has('--force'));
  const report = emptyReport({ year, agency: agency.trim(), agencyKind: kind.data });
  await writeReportJson({ ...report, meta: { ...report.meta, ...meta } }, target, output);
  return 0;
}
