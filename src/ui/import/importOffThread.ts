import { importReport, type ImportResult } from '../../import/importReport.ts';
import type { ImportInput } from '../../import/inputKind.ts';

/** Longer than any real report takes (a few seconds at most); then the worker is stopped and the clerk told. */
export const importTimeLimitMs = 60_000;

export const importTimedOutMessage = `读取超过 ${importTimeLimitMs / 1000} 秒仍未完成，已停止读取：文件可能过大或已损坏。请只导入报告本身，或复制报告网页的文字后粘贴导入`;

const inThisThread = (input: ImportInput): Promise<ImportResult> => importReport(input);

/**
 * importReport in the app's own module worker (importWorker.ts, allowed by the page's CSP), so the page stays
 * responsive while a file is read — PDFs too: pdf.js parses in that worker, within the limits of pdfLimits.ts —
 * and a read that never ends is stopped. Browsers without module workers read in this thread.
 */
export function importOffThread(input: ImportInput): Promise<ImportResult> {
  if (typeof Worker === 'undefined') return inThisThread(input);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(inThisThread(input));
      return;
    }
    const finish = (result: ImportResult | Promise<ImportResult>) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, error: importTimedOutMessage }), importTimeLimitMs);
    // Only the envelope importWorker.ts posts (pdf.js, loaded there for a PDF, posts a message of its own).
    worker.onmessage = (event: MessageEvent<{ importResult?: ImportResult } | null>) => {
      const result = event.data?.importResult;
      if (result !== undefined) finish(result);
    };
    // The worker could not start (or crashed): read here instead, as before workers.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(inThisThread(input));
    };
    worker.postMessage(input);
  });
}
