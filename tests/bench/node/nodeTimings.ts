import { importReport } from '../../../src/import/importReport.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { validateReport } from '../../../src/model/validateReport.ts';
import { renderDocxBytes } from '../../../src/render/docx/packDocx.ts';
import { renderHtml } from '../../../src/render/html/renderHtml.ts';
import { renderPlainText } from '../../../src/render/text/renderPlainText.ts';
import { median, p95, timeRuns } from '../stats.ts';

export type Timing = { readonly median: number; readonly p95: number; readonly runs: number };
const summary = (times: readonly number[]): Timing => ({ median: median(times), p95: p95(times), runs: times.length });

async function mustImport(kind: 'docx' | 'html' | 'text', data: string | Uint8Array): Promise<void> {
  const result = await importReport({ kind, data }, { fallbackYear: 2025 });
  if (!result.ok) throw new Error(`import of the full report as ${kind} failed: ${result.error}`);
}

export type NodeFigures = {
  readonly docxExport: Timing;
  readonly htmlExport: Timing;
  readonly docxImport: Timing;
  readonly htmlImport: Timing;
  readonly textImport: Timing;
  readonly validateMicros: { readonly draft: number; readonly final: number; readonly textEdited: number; readonly iterations: number };
  readonly docxBytes: number;
};

/** Export, import and validation of the full report in this Node process, warm (after warm-up runs). */
export async function nodeTimings(report: Report): Promise<NodeFigures> {
  const docx = await renderDocxBytes(report);
  const html = renderHtml(report);
  const text = renderPlainText(report);
  const docxExport = summary(await timeRuns(30, 5, () => renderDocxBytes(report)));
  const htmlExport = summary(await timeRuns(200, 20, () => renderHtml(report)));
  const docxImport = summary(await timeRuns(20, 3, () => mustImport('docx', docx)));
  const htmlImport = summary(await timeRuns(50, 5, () => mustImport('html', html)));
  const textImport = summary(await timeRuns(50, 5, () => mustImport('text', text)));
  const perCall = (stage: 'draft' | 'final', iterations: number) => {
    for (let i = 0; i < 200; i += 1) validateReport(report, { stage });
    const start = performance.now();
    for (let i = 0; i < iterations; i += 1) validateReport(report, { stage });
    return ((performance.now() - start) * 1000) / iterations;
  };
  // Each call with a part 五 never seen before: its sentences are read afresh (no reading to reuse).
  const textEdited = (iterations: number) => {
    const variants = Array.from({ length: iterations + 200 }, (_, i) => ({ ...report, text: { ...report.text, problems: `${report.text.problems}（第${i}稿）` } }));
    for (let i = 0; i < 200; i += 1) validateReport(variants[i] as Report, { stage: 'draft' });
    const start = performance.now();
    for (let i = 200; i < iterations + 200; i += 1) validateReport(variants[i] as Report, { stage: 'draft' });
    return ((performance.now() - start) * 1000) / iterations;
  };
  const iterations = 5000;
  return {
    docxExport,
    htmlExport,
    docxImport,
    htmlImport,
    textImport,
    validateMicros: { draft: perCall('draft', iterations), final: perCall('final', iterations), textEdited: textEdited(2000), iterations },
    docxBytes: docx.byteLength,
  };
}
