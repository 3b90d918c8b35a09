import { maxCells } from './importLimits.ts';

// A published report's .docx holds a few dozen files and well under 2 MB of XML (Word's own, with tables);
// the limits sit far above that and far below what freezes the converter (mammoth needs ~2 s per MB of XML).

/** Files inside the zip: Word writes 15–40, plus one per picture. */
export const maxDocxEntries = 1000;

/** Everything unpacked, pictures included. */
export const maxDocxUnpackedBytes = 100 * 1024 * 1024;

/** The XML parts mammoth parses (body, styles, notes …), together. */
export const maxDocxXmlBytes = 8 * 1024 * 1024;

/** Unpacked / packed of one file above 1 MB: XML packs 5–30×; far more is a decompression bomb. */
export const maxDocxRatio = 100;

/** Paragraphs and table cells in the XML (each cell holds a paragraph, hence twice the import's cap). */
export const maxDocxElements = 2 * maxCells;

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0)} MB`;
const resave = '请在 Word 中打开并“另存为” .docx 后再导入，或复制报告网页的文字导入';

export const docxMessages = {
  damaged: 'Word 文件已损坏，无法解压读取；请在 Word 中打开并重新保存后再试',
  zip64: `Word 文件使用了不支持的压缩格式（ZIP64）；${resave}`,
  tooManyEntries: (count: number) => `Word 文件内含 ${count} 个部件，远多于一份年度报告（通常不到 50 个），可能已损坏或是恶意构造的文件；${resave}`,
  tooBig: (bytes: number) => `Word 文件解压后约 ${mb(bytes)}，超过 ${mb(maxDocxUnpackedBytes)}，不像是一份年度报告（可能是恶意构造的“压缩炸弹”），已停止读取`,
  xmlTooBig: (bytes: number) => `Word 文件的正文解压后超过 ${mb(bytes)}，不像是一份年度报告（可能是恶意构造的“压缩炸弹”），已停止读取；请只导入报告本身`,
  ratio: (name: string, ratio: number) => `Word 文件中的 ${name} 压缩比异常（${Math.round(ratio)} 倍），像是恶意构造的“压缩炸弹”，已停止读取；${resave}`,
  sizeMismatch: (name: string) => `Word 文件已损坏：${name} 解压后的大小与文件目录中记录的不符，已停止读取；请在 Word 中打开并重新保存后再试`,
  tooManyElements: (count: number) => `内容过多（超过 ${count} 个段落和表格单元格），不像是一份年度报告；请只导入报告本身`,
} as const;
