import { open } from 'node:fs/promises';
import { CliError } from './cliError.ts';
import { sameFile } from './sameFile.ts';

/** A file a command reads, what it is in messages (“报告文件”, “台账文件”), and its own refusal if it has one. */
export type ReadInput = { readonly path: string; readonly what: string; readonly refusal?: (output: PlannedOutput) => string };

/** What a command writes to a file; an existing file of the same kind may be replaced (not a report: see below). */
export type OutputKind = 'report' | 'schema' | 'docx' | 'xlsx' | 'html' | 'csv';

/** One output a command is about to write: the option that named it (`-o`, `--html` …), its path and kind. */
export type PlannedOutput = { readonly option: string; readonly path: string; readonly kind: OutputKind };

const kindNames: Readonly<Record<OutputKind | 'other', string>> = {
  report: '报告文件（.json）', schema: 'JSON Schema 文件', docx: 'Word 文件', xlsx: 'Excel 工作簿', html: '网页文件', csv: '表格文件（CSV）', other: '其他文件',
};

const headBytes = 64 * 1024;

/** The kind of an existing file, from its first bytes; undefined when there is none (or it is empty). */
async function existingKind(path: string): Promise<OutputKind | 'other' | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const info = await handle.stat();
    // A folder or device is left to the write, which says what it is.
    if (!info.isFile()) return undefined;
    if (info.size === 0) return undefined;
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(headBytes), 0, headBytes, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head[0] === 0x50 && head[1] === 0x4b) return head.includes('word/') ? 'docx' : head.includes('xl/') ? 'xlsx' : 'other';
    const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
    if (text.startsWith('{')) {
      if (/"format"\s*:\s*"gov-info-annual-report"/.test(text)) return 'report';
      return /"\$schema"\s*:/.test(text) ? 'schema' : 'other';
    }
    if (text.startsWith('<')) return 'html';
    // Text that is neither JSON nor markup, with a comma in its first line: a table.
    return !head.includes(0) && /^[^\n]*,/.test(text) ? 'csv' : 'other';
  } finally {
    await handle.close();
  }
}

/**
 * The check every command runs on all its outputs before it writes any (new outputs get it by being listed):
 * an output that is one of the inputs (also through a link) or another output is refused, --force or not; an
 * existing file is replaced only when it is this output's own kind (a page by a page, a CSV by a CSV …) —
 * never a report file, which is a clerk's work — unless --force is given. Nothing is written when refused.
 */
export async function guardOutputs(inputs: readonly ReadInput[], outputs: readonly PlannedOutput[], force: boolean): Promise<void> {
  for (const [index, output] of outputs.entries()) {
    for (const input of inputs) {
      if (await sameFile(input.path, output.path)) {
        throw new CliError(input.refusal?.(output) ?? `${output.option} ${output.path} 就是要读取的${input.what} ${input.path}，写入会把${input.what.replace(/文件$/, '')}覆盖；请给输出另取一个文件名`);
      }
    }
    for (const earlier of outputs.slice(0, index)) {
      if (await sameFile(earlier.path, output.path)) {
        throw new CliError(`${earlier.option} 和 ${output.option} 指向同一个文件 ${output.path}，后写的会覆盖先写的；请分别给出不同的文件名`);
      }
    }
  }
  if (force) return;
  for (const output of outputs) {
    const kind = await existingKind(output.path);
    if (kind === undefined || (kind === output.kind && kind !== 'report')) continue;
    throw new CliError(
      `${output.option} ${output.path} 已经存在，是一个${kindNames[kind]}${kind === 'report' ? '，可能是已填写的报告' : `，不是本命令输出的${kindNames[output.kind]}`}；为免覆盖，没有写入任何文件。请换一个文件名，或确认要替换后加上 --force`,
    );
  }
}
