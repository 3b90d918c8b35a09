import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Files `review` reads: report JSON and published reports. */
export const reviewExtensions = ['.json', '.txt', '.html', '.htm', '.docx', '.pdf'] as const;

const wanted = (name: string) => reviewExtensions.some((extension) => name.toLowerCase().endsWith(extension));

/**
 * The files named, and the report files inside the folders named (recursively, in name order; hidden
 * entries skipped). A path that does not exist is returned as missing, to be listed as unreadable.
 */
export async function collectReportFiles(paths: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = async (folder: string, depth: number): Promise<void> => {
    if (depth > 32) return;
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path, depth + 1);
      else if (entry.isFile() && wanted(entry.name)) files.push(path);
    }
  };
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path, 0);
      else files.push(path);
    } catch {
      missing.push(path);
    }
  }
  return { files, missing };
}
