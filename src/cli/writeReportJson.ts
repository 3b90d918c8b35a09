import type { Report } from '../model/reportSchema.ts';
import { writeFileAtomically } from './writeFileAtomically.ts';
import type { Output } from './validateCommand.ts';

/** A report as JSON, to the file given with -o (written atomically) or to stdout; a write failure is one line, exit 2. */
export async function writeReportJson(report: Report, target: string | true | undefined, output: Output): Promise<void> {
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (typeof target !== 'string') {
    output.out(json.trimEnd());
    return;
  }
  await writeFileAtomically(target, json);
}
