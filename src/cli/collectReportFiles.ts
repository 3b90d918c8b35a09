import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { importExtensions } from '../import/importFormats.ts';
import { savedFolderNames } from './savedPageFrames.ts';

/** Files `review` reads: report JSON and published reports (import/importFormats.ts). */
const wanted = (name: string) => importExtensions.some((extension) => name.toLowerCase().endsWith(extension));

/**
 * The files named, and the report files inside the folders named (recursively, in name order; hidden
 * entries and the _files folder of a saved page skipped). A path that does not exist is returned as missing, to be listed as unreadable.
 */
export async function collectReportFiles(paths: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = async (folder: string, depth: number): Promise<void> => {
    if (depth > 32) return;
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    // A page saved with its files: its folder (frames, images) is part of the page, not more reports.
    const pageFolders = new Set(entries.filter((e) => e.isFile() && /\.html?$/i.test(e.name)).flatMap((e) => savedFolderNames(e.name)));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || (entry.isDirectory() && pageFolders.has(entry.name))) continue;
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
