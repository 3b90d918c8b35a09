import { readFile, stat } from 'node:fs/promises';
import { maxImportBytes, tooLargeMessage } from '../import/importLimits.ts';
import { CliError } from './cliError.ts';
import { writeReportJson } from './writeReportJson.ts';
import { importFile } from './importedReportReader.ts';
import { parseArgs } from './parseArgs.ts';
import { fileErrorMessage } from './fileErrorMessage.ts';
import { guardOutputs } from './outputGuard.ts';
import type { Output } from './validateCommand.ts';

const levelName = { warning: '注意', info: '说明' } as const;

async function readBytes(file: string): Promise<Buffer> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new CliError(`${file}: 这是一个文件夹，不是文件`);
    if (info.size > maxImportBytes) throw new CliError(`${file}: ${tooLargeMessage(info.size)}`);
    return await readFile(file);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${file}: ${fileErrorMessage(error, 'read')}`);
  }
}

/** import <file> [-o out.json]: the report JSON to stdout or -o; what could not be read to stderr. */
export async function importCommand(argv: readonly string[], output: Output): Promise<number> {
  const { positional, options } = parseArgs(argv, ['-o'], ['--force']);
  const [file, ...extra] = positional;
  if (file === undefined) throw new CliError('用法：import <文件（.txt/.html/.mhtml/.docx/.pdf/.json）> [-o out.json] [--force]');
  if (extra.length > 0) throw new CliError(`多余的参数：${extra.join(' ')}`);
  const target = options.get('-o');
  if (typeof target === 'string') await guardOutputs([{ path: file, what: '报告文件' }], [{ option: '-o', path: target, kind: 'report' }], options.has('--force'));
  const bytes = await readBytes(file);
  const result = await importFile(file, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!result.ok) throw new CliError(`${file}: ${result.error}`);
  for (const note of result.notes) {
    output.err(`${levelName[note.level]}${note.paths.length === 1 ? ` ${note.paths[0] ?? ''}` : ''}：${note.message}`);
  }
  await writeReportJson(result.report, target, output);
  return 0;
}
