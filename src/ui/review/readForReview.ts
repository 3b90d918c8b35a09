import { decodeHtmlBytes } from '../../import/decodeHtmlBytes.ts';
import { detectInputKind } from '../../import/detectInputKind.ts';
import { importExtensions } from '../../import/importFormats.ts';
import { maxImportBytes } from '../../import/importLimits.ts';
import type { ReviewInput } from '../../model/review/reviewReports.ts';
import { importOffThread } from '../import/importOffThread.ts';
import type { NamedFile } from './droppedFiles.ts';

const readable = (path: string) => importExtensions.some((extension) => path.toLowerCase().endsWith(extension));
const pagePattern = /\.html?$/i;
// A page saved as 网页，全部: name.html beside name_files/ (or name.files/) holding its frames and images.
const folderOf = (page: string) => page.replace(pagePattern, '');
const savedFolder = /^(.*)(?:_files|\.files)\/[^/]+$/;

/** A file to review; a saved page brings the files of its _files folder (its frames). */
export type ReviewFile = NamedFile & { readonly frames?: readonly NamedFile[] };

/** The files a review reads: report JSON and published reports (import/importFormats.ts); a saved page's _files folder goes with its page. */
export function reviewable(files: readonly NamedFile[]): ReviewFile[] {
  const pages = new Set(files.filter((f) => pagePattern.test(f.path)).map((f) => folderOf(f.path)));
  const folderPage = (path: string) => {
    const base = savedFolder.exec(path)?.[1];
    return base !== undefined && pages.has(base) ? base : undefined;
  };
  return files
    .filter((f) => readable(f.path) && folderPage(f.path) === undefined)
    .map((f) => {
      if (!pagePattern.test(f.path)) return f;
      const frames = files.filter((other) => pagePattern.test(other.path) && folderPage(other.path) === folderOf(f.path)).slice(0, 50);
      return frames.length > 0 ? { ...f, frames } : f;
    });
}

async function framesOf(file: ReviewFile): Promise<Map<string, string> | undefined> {
  if (!file.frames) return undefined;
  const frames = new Map<string, string>();
  let total = 0;
  const folder = file.path.slice(0, file.path.lastIndexOf('/') + 1);
  for (const frame of file.frames) {
    total += frame.file.size;
    if (total > maxImportBytes) break;
    frames.set(frame.path.slice(folder.length), decodeHtmlBytes(new Uint8Array(await frame.file.arrayBuffer())));
  }
  return frames;
}

/**
 * Reads each file as the command line's review does (imported first when published), one at a time in the
 * app's import worker (a hostile .docx or PDF never freezes the page), yielding between files; `progress` after each.
 */
export async function readForReview(files: readonly ReviewFile[], progress: (done: number) => void): Promise<ReviewInput[]> {
  const inputs: ReviewInput[] = [];
  for (const [i, entry] of files.entries()) {
    const { path, file } = entry;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const detected = detectInputKind(path, bytes);
      const frames = detected.ok && detected.input.kind === 'html' ? await framesOf(entry) : undefined;
      const result = detected.ok ? await importOffThread(frames ? { ...detected.input, frames } : detected.input) : detected;
      inputs.push(result.ok ? { file: path, report: result.report } : { file: path, error: result.error });
    } catch (error) {
      inputs.push({ file: path, error: `无法读取：${error instanceof Error ? error.message : String(error)}` });
    }
    progress(i + 1);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return inputs;
}
