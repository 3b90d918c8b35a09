import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { decodeHtmlBytes } from '../import/decodeHtmlBytes.ts';
import { maxImportBytes } from '../import/importLimits.ts';

// Browsers save 网页，全部 as name.html beside name_files (some localised ones: name.files).
export const savedFolderSuffixes = ['_files', '.files'] as const;
const maxFrames = 50;

/** The folder a page saved with its files keeps them in, for a page file name (name.html → name_files). */
export const savedFolderNames = (page: string): string[] => savedFolderSuffixes.map((suffix) => `${page.replace(/\.html?$/i, '')}${suffix}`);

/**
 * The documents of a saved page's frames: the .html/.htm files of the folder saved beside it, by their path as
 * the page names them (name_files/content.html). Bounded like any input; an absent folder is no frames.
 */
export async function savedPageFrames(file: string): Promise<Map<string, string>> {
  const frames = new Map<string, string>();
  if (!/\.html?$/i.test(file)) return frames;
  let total = 0;
  for (const folder of savedFolderNames(basename(file))) {
    const path = join(dirname(file), folder);
    const entries = await readdir(path, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.filter((e) => e.isFile() && /\.html?$/i.test(e.name)).slice(0, maxFrames)) {
      const size = (await stat(join(path, entry.name))).size;
      if (total + size > maxImportBytes) return frames;
      total += size;
      frames.set(`${folder}/${entry.name}`, decodeHtmlBytes(await readFile(join(path, entry.name))));
    }
  }
  return frames;
}
