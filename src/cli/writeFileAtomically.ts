import { randomBytes } from 'node:crypto';
import { open, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError } from './cliError.ts';
import { fileErrorMessage } from './fileErrorMessage.ts';

// A link is written through (the file it points to is replaced), as a plain write would.
async function landing(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return path;
  }
}

/**
 * The one way the command line writes a file (every command's every output goes through here): the content goes
 * to a temporary file in the same folder, is flushed to the disk (fsync), and only then renamed over the target —
 * so the target is either the old file, whole, or the new one, whole, never a part of either (a full disk, a
 * killed process, a pulled USB stick). On failure the temporary file is removed and a CliError says, in Chinese,
 * why and, when there was one, that the old file was left whole. `what` names the output in the message
 * (“审查网页”). A device or pipe (/dev/stdout) is written directly; a folder is refused.
 */
export async function writeFileAtomically(path: string, content: string | Uint8Array, what = ''): Promise<void> {
  const failed = (error: unknown, kept: string) => new CliError(`无法写入${what} ${path}：${fileErrorMessage(error, 'write')}${kept}`);
  const target = await landing(path);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw failed(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }), '');
  // A device, pipe or socket (/dev/stdout, a FIFO) is written as it is: renaming over it would replace the node itself.
  if (existing && !existing.isFile()) {
    try {
      await writeFile(target, content);
    } catch (error) {
      throw failed(error, '');
    }
    return;
  }
  const folder = dirname(target);
  const temporary = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await open(temporary, 'wx', existing?.mode ?? 0o666);
    created = true;
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
    created = false;
  } catch (error) {
    if (created) await unlink(temporary).catch(() => undefined);
    throw failed(error, existing ? `；原有的 ${path} 完好无损，没有改动` : '');
  }
  // The rename itself is made durable by flushing the folder (not possible on every system: best effort).
  const directory = await open(folder, 'r').catch(() => undefined);
  if (directory) {
    await directory.sync().catch(() => undefined);
    await directory.close().catch(() => undefined);
  }
}
