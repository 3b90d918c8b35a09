import { runCli } from '../../src/cli/runCli.ts';

/** Runs a command line in this process and returns its exit status and what it printed. */
export async function runCliCaptured(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
