import { CliError } from './cliError.ts';

export type ParsedArgs = { readonly positional: readonly string[]; readonly options: ReadonlyMap<string, string | true> };

/** `--flag`, `--name value`, `-o value`; the option names each command accepts are given. */
export function parseArgs(argv: readonly string[], withValue: readonly string[], flags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (flags.includes(arg)) options.set(arg, true);
    else if (withValue.includes(arg)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('-')) throw new CliError(`选项 ${arg} 需要一个值`);
      options.set(arg, value);
      i += 1;
    } else if (arg.startsWith('-') && arg !== '-') throw new CliError(`不认识的选项：${arg}`);
    else positional.push(arg);
  }
  return { positional, options };
}
