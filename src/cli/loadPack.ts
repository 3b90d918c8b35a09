import { readFile } from 'node:fs/promises';
import type { AssessmentPack } from '../model/assessment/packSchema.ts';
import { readPackText } from '../model/assessment/readPack.ts';
import { shippedPack, shippedPacks } from '../model/assessment/shippedPacks.ts';
import { CliError } from './cliError.ts';
import { fileErrorMessage } from './fileErrorMessage.ts';

/** --pack <id or pack.json>: a shipped pack by id, else a pack file; refused (exit 2) naming the wrong field. */
export async function loadPack(value: string): Promise<AssessmentPack> {
  const shipped = shippedPack(value);
  if (shipped) return shipped;
  let text: string;
  try {
    const bytes = await readFile(value);
    if (bytes.byteLength > 1024 * 1024) throw new CliError(`评估规则包 ${value} 过大（超过 1 MB），不像是规则包`);
    text = bytes.toString('utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const hint = code === 'ENOENT' && !/[\\/.]/.test(value) ? `；随附的规则包有：${shippedPacks.map((p) => p.id).join('、')}` : '';
    throw new CliError(`无法读取评估规则包 ${value}：${fileErrorMessage(error, 'read')}${hint}`);
  }
  const read = readPackText(text);
  if (!read.ok) throw new CliError(`${value}: ${read.error}`);
  return read.pack;
}
