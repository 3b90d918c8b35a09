import { writeFile } from 'node:fs/promises';
import { reportJsonSchemaText } from '../model/reportJsonSchema.ts';
import { CliError } from './cliError.ts';
import { fileErrorMessage } from './fileErrorMessage.ts';
import { parseArgs } from './parseArgs.ts';
import type { Output } from './validateCommand.ts';

/**
 * schema [-o file]: the JSON Schema of the report file, generated from the zod schema (to stdout, or to the
 * file). `npm run schema` writes public/report.schema.json, which the app serves beside its page.
 */
export async function schemaCommand(argv: readonly string[], output: Output): Promise<number> {
  const { positional, options } = parseArgs(argv, ['-o'], []);
  if (positional.length > 0) throw new CliError(`多余的参数：${positional.join(' ')}`);
  const target = options.get('-o');
  const text = reportJsonSchemaText();
  if (typeof target !== 'string') {
    output.out(text.trimEnd());
    return 0;
  }
  try {
    await writeFile(target, text);
  } catch (error) {
    throw new CliError(`无法写入 ${target}：${fileErrorMessage(error, 'write')}`);
  }
  return 0;
}
