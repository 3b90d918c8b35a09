import { CliError } from './cliError.ts';
import { sameFile } from './sameFile.ts';

export type OutputPath = { readonly option: string; readonly path: string };

/**
 * Refuses, before anything is written, an output that is the input report itself (`export r.json --html
 * r.json`) or two outputs on one file: either would silently replace what the clerk wrote.
 */
export async function refuseOverwrites(input: string, outputs: readonly OutputPath[]): Promise<void> {
  for (const [index, output] of outputs.entries()) {
    if (await sameFile(input, output.path)) {
      throw new CliError(`${output.option} ${output.path} 就是要读取的报告文件 ${input}，写入会把报告覆盖；请给输出另取一个文件名`);
    }
    for (const earlier of outputs.slice(0, index)) {
      if (await sameFile(earlier.path, output.path)) {
        throw new CliError(`${earlier.option} 和 ${output.option} 指向同一个文件 ${output.path}，后写的会覆盖先写的；请分别给出不同的文件名`);
      }
    }
  }
}
