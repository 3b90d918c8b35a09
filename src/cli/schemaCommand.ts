import { reportJsonSchemaText } from '../model/reportJsonSchema.ts';
import { CliError } from './cliError.ts';
import { guardOutputs } from './outputGuard.ts';
import { writeFileAtomically } from './writeFileAtomically.ts';
import { parseArgs } from './parseArgs.ts';
import type { Output } from './validateCommand.ts';

/**
 * schema [-o file]: the JSON Schema of the report file, generated from the zod schema (to stdout, or to the
 * file). `npm run schema` writes public/report.schema.json, which the app serves beside its page.
 */
export async function schemaCommand(argv: readonly string[], output: Output): Promise<number> {
  const { positional, options } = parseArgs(argv, ['-o'], ['--force']);
  if (positional.length > 0) throw new CliError(`多余的参数：${positional.join(' ')}`);
  const target = options.get('-o');
  const text = reportJsonSchemaText();
  if (typeof target !== 'string') {
    output.out(text.trimEnd());
    return 0;
  }
  await guardOutputs([], [{ option: '-o', path: target, kind: 'schema' }], options.has('--force'));
  await writeFileAtomically(target, text);
  return 0;
}
