import { writeFile } from 'node:fs/promises';
import type { Report } from '../model/reportSchema.ts';
import { CliError } from './cliError.ts';
import { fileErrorMessage } from './fileErrorMessage.ts';
import type { Output } from './validateCommand.ts';

/** A report as JSON, to the file given with -o or to stdout; a write failure is one line, exit 2. */
export async function writeReportJson(report: Report, target: string | true | undefined, output: Output): Promise<void> {
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (typeof target !== 'string') {
    output.out(json.trimEnd());
    return;
  }
  try {
    await writeFile(target, json);
  } catch (error) {
    throw new CliError(`无法写入 ${target}：${fileErrorMessage(error, 'write')}`);
  }
}
