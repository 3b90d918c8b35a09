import type { PdfJs } from './readPdfPages.ts';

let loading: Promise<PdfJs> | null = null;

/**
 * pdf.js, loaded the first time a PDF is read (never in the app's first load). Its worker code runs in
 * this thread ("fake worker"), the same way in Node and the browser: no worker URL, no other host.
 */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.min.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return (await import('pdfjs-dist/legacy/build/pdf.min.mjs')) as unknown as PdfJs;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
