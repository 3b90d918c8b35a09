import type { RawDocument } from '../rawDocument.ts';
import { pagesToBlocks } from './pagesToBlocks.ts';
import { PdfLimitError } from './pdfLimits.ts';
import { readPdfPages, type PdfJs } from './readPdfPages.ts';

/** Fewer readable characters per page than this: a scan or a picture, not a text layer. */
const leastCharactersPerPage = 20;

export const scannedPdfMessage = '这份 PDF 没有文字层（可能是扫描件或图片），无法读取其中的文字和表格；请导入报告的 Word 文件或网页版本';

/** A PDF's text layer → paragraphs and tables; a Chinese reason when it cannot be read. */
export async function pdfToBlocks(pdfjs: PdfJs, bytes: Uint8Array): Promise<{ ok: true; document: RawDocument } | { ok: false; error: string }> {
  let pages;
  try {
    pages = await readPdfPages(pdfjs, bytes);
  } catch (error) {
    if (error instanceof PdfLimitError) return { ok: false, error: error.message };
    const name = (error as { name?: unknown }).name;
    if (name === 'PasswordException') return { ok: false, error: '这份 PDF 设置了密码，无法读取；请导入未加密的文件' };
    return { ok: false, error: '无法打开这份 PDF：文件已损坏或不是 PDF 文件' };
  }
  const characters = pages.reduce((sum, page) => sum + page.texts.reduce((n, run) => n + run.text.trim().length, 0), 0);
  if (pages.length === 0 || characters < leastCharactersPerPage * pages.length) return { ok: false, error: scannedPdfMessage };
  return { ok: true, document: pagesToBlocks(pages) };
}
