import { detectInputKind } from '../../import/detectInputKind.ts';
import type { ReviewInput } from '../../model/review/reviewReports.ts';
import { importOffThread } from '../import/importOffThread.ts';
import type { NamedFile } from './droppedFiles.ts';

const extensions = /\.(json|txt|html?|docx|pdf)$/i;

/** The files a review reads: report JSON and published reports; anything else is left out. */
export const reviewable = (files: readonly NamedFile[]): NamedFile[] => files.filter((f) => extensions.test(f.path));

/**
 * Reads each file as the command line's review does (imported first when published), one at a time in the
 * app's import worker (a hostile .docx or PDF never freezes the page), yielding between files; `progress` after each.
 */
export async function readForReview(files: readonly NamedFile[], progress: (done: number) => void): Promise<ReviewInput[]> {
  const inputs: ReviewInput[] = [];
  for (const [i, { path, file }] of files.entries()) {
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const detected = detectInputKind(path, bytes);
      const result = detected.ok ? await importOffThread(detected.input) : detected;
      inputs.push(result.ok ? { file: path, report: result.report } : { file: path, error: result.error });
    } catch (error) {
      inputs.push({ file: path, error: `无法读取：${error instanceof Error ? error.message : String(error)}` });
    }
    progress(i + 1);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return inputs;
}
