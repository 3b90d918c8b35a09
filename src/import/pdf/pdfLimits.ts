// What one page of a published report's PDF holds, with wide headroom: a page of tables drawn by Word or
// LibreOffice is a few thousand operators and a few hundred to a few thousand runs of text; a page takes pdf.js
// well under a second. A PDF past these is a content bomb (a small file inflating to millions of operators).

/** Drawing and text operators of one page. */
export const maxPdfOperatorsPerPage = 100_000;

/** Runs of text of one page (pdf.js text items). */
export const maxPdfTextItemsPerPage = 20_000;

/** Characters of text of one page. */
export const maxPdfTextCharactersPerPage = 100_000;

/** Time pdf.js may spend on one page. */
export const maxPdfMsPerPage = 10_000;

/** Time for the whole document. */
export const maxPdfMsPerDocument = 45_000;

const bomb = '像是恶意构造的文件（“内容炸弹”），已停止读取；请导入报告的 Word 文件或网页版本';

export const pdfLimitMessages = {
  operators: (page: number) => `这份 PDF 第 ${page} 页的绘图和文字指令超过 ${maxPdfOperatorsPerPage} 条，远多于一页报告，${bomb}`,
  textItems: (page: number) => `这份 PDF 第 ${page} 页的文字片段超过 ${maxPdfTextItemsPerPage} 个，远多于一页报告，${bomb}`,
  textCharacters: (page: number) => `这份 PDF 第 ${page} 页的文字超过 ${maxPdfTextCharactersPerPage} 字，远多于一页报告，${bomb}`,
  pageTime: (page: number) => `这份 PDF 第 ${page} 页读取超过 ${maxPdfMsPerPage / 1000} 秒仍未完成，内容远多于一页报告，${bomb}`,
  documentTime: () => `这份 PDF 读取超过 ${maxPdfMsPerDocument / 1000} 秒仍未完成，已停止读取；请导入报告的 Word 文件或网页版本`,
} as const;

/** A PDF past a limit: thrown while reading, turned into the Chinese reason where the PDF is read. */
export class PdfLimitError extends Error {}
