import { readReportText } from '../model/readReport.ts';
import type { Report } from '../model/reportSchema.ts';
import { defaultReportYear } from '../model/reportYear.ts';
import { decodeText } from './decodeText.ts';
import { docxToHtml } from './docxToHtml.ts';
import { documentToReport } from './documentToReport.ts';
import { htmlToBlocks } from './htmlToBlocks.ts';
import type { ImportNote } from './importNote.ts';
import type { ImportInput, InputKind } from './inputKind.ts';
import { maxImportBytes, maxTextCharacters, tooLargeMessage, tooMuchTextMessage } from './importLimits.ts';
import type { PageFacts } from './pageFacts.ts';
import type { RawDocument } from './rawDocument.ts';
import { readMhtml } from './mhtml/readMhtml.ts';
import { readWebPage } from './readWebPage.ts';
import { textToBlocks } from './textToBlocks.ts';
import { loadPdfJs } from './pdf/loadPdfJs.ts';
import { pdfToBlocks } from './pdf/pdfToBlocks.ts';

export type ImportResult =
  | { ok: true; report: Report; notes: readonly ImportNote[]; format: '2021' }
  | { ok: false; error: string };

type Read = { ok: true; document: RawDocument; page?: PageFacts; notes?: readonly ImportNote[] };
type Reader = (input: ImportInput) => Promise<Read | { ok: true; report: Report } | { ok: false; error: string }>;

const webPage = (html: string, frames: ImportInput['frames']): Read | { ok: false; error: string } => {
  const page = readWebPage(html, frames);
  if ('error' in page) return { ok: false, error: page.error };
  return { ok: true, document: page.document, page: page.page, notes: page.notes };
};

const asText = (data: string | Uint8Array) => (typeof data === 'string' ? data : decodeText(data));

// One reader per input kind; each reduces its input to raw blocks (or, for JSON, to the report itself).
const readers = {
  text: async ({ data }) => ({ ok: true, document: textToBlocks(asText(data)) }),
  html: async ({ data, frames }) => webPage(asText(data), frames),
  mhtml: async ({ data }) => {
    const saved = readMhtml(typeof data === 'string' ? new TextEncoder().encode(data) : data);
    return saved.ok ? webPage(saved.page.html, saved.page.frames) : saved;
  },
  docx: async ({ data }) => {
    if (typeof data === 'string') return { ok: false, error: 'Word 文件应以二进制方式读取' };
    const html = await docxToHtml(data);
    return html.ok ? { ok: true, document: htmlToBlocks(html.html) } : html;
  },
  pdf: async ({ data }) => {
    if (typeof data === 'string') return { ok: false, error: 'PDF 文件应以二进制方式读取' };
    return pdfToBlocks(await loadPdfJs(), data);
  },
  json: async ({ data }) => readReportText(asText(data)),
} as const satisfies Record<InputKind, Reader>;

// Paragraphs and cells together: a report's text is far below the cap, and every later pass is linear in it.
const textLength = (document: RawDocument) =>
  document.reduce((sum, block) => sum + (block.kind === 'paragraph' ? block.text.length : block.rows.reduce((n, row) => n + row.join('').length, 0)), 0);

const sizeOf = (data: string | Uint8Array) => (typeof data === 'string' ? data.length * 2 : data.byteLength);

/**
 * A published report (text copied from a page, a saved web page — .html with its frames, or .mhtml — .docx, a text-layer PDF, or the report JSON) → a report and the
 * list of what could not be read or had to be guessed. Never throws; bad input gets a Chinese reason.
 */
export async function importReport(input: ImportInput, options: { fallbackYear?: number } = {}): Promise<ImportResult> {
  try {
    if (sizeOf(input.data) > maxImportBytes) return { ok: false, error: tooLargeMessage(sizeOf(input.data)) };
    const reader: Reader | undefined = readers[input.kind];
    if (!reader) return { ok: false, error: '不支持的导入类型' };
    const read = await reader(input);
    if (!read.ok) return read;
    if ('report' in read) return { ok: true, report: read.report, notes: [], format: '2021' };
    const characters = textLength(read.document);
    if (characters > maxTextCharacters) return { ok: false, error: tooMuchTextMessage(characters) };
    const result = documentToReport(read.document, options.fallbackYear ?? defaultReportYear(), read.page);
    return result.ok ? { ok: true, report: result.report, notes: [...(read.notes ?? []), ...result.notes], format: '2021' } : result;
  } catch (error) {
    return { ok: false, error: `导入时出错：${error instanceof Error ? error.message : String(error)}` };
  }
}
