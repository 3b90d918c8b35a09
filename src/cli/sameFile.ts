import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

// Windows and macOS disks ignore case in names by default.
const foldsCase = process.platform === 'win32' || process.platform === 'darwin';

/** The path a write would land on: links and `..` resolved, also for a file that does not exist yet. */
async function landingPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const folder = await realpath(dirname(path)).catch(() => resolve(dirname(path)));
    return join(folder, basename(path));
  }
}

async function identity(path: string): Promise<string | undefined> {
  try {
    const info = await stat(path);
    return `${info.dev}:${info.ino}`;
  } catch {
    return undefined;
  }
}

/** Whether two paths name one file (same resolved path, or the same file through a link). */
export async function sameFile(a: string, b: string): Promise<boolean> {
  const [first, second] = await Promise.all([landingPath(a), landingPath(b)]);
  if (foldsCase ? first.toLowerCase() === second.toLowerCase() : first === second) return true;
  const [one, other] = await Promise.all([identity(a), identity(b)]);
  return one !== undefined && one === other && one !== '0:0';
}
