import { CliError } from './cliError.ts';

export type ParsedArgs = { readonly positional: readonly string[]; readonly options: ReadonlyMap<string, string | true> };

/**
 * `--flag`, `--name value`, `-o value`; the option names each command accepts are given. `--` ends the options:
 * everything after it is a file name, even one starting with `-` (`validate -- -1.json`). A value may start with
 * `-` too (`-o -1.json`), as long as it is not itself one of the command's options.
 */
export function parseArgs(argv: readonly string[], withValue: readonly string[], flags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (flags.includes(arg)) options.set(arg, true);
    else if (withValue.includes(arg)) {
      const value = argv[i + 1];
      if (value === undefined || value === '--' || withValue.includes(value) || flags.includes(value)) throw new CliError(`选项 ${arg} 需要一个值`);
      options.set(arg, value);
      i += 1;
    } else if (arg.startsWith('-') && arg !== '-') {
      // A name like -1.json is more likely a file than an option: say how to give it.
      throw new CliError(`不认识的选项：${arg}${/\.\w+$/.test(arg) ? `（以 - 开头的文件名请写在 -- 之后，如 -- ${arg}）` : ''}`);
    }
    else positional.push(arg);
  }
  return { positional, options };
}
