import { inspectDocxZip } from './inspectDocxZip.ts';

// mammoth is heavy: loaded only when a .docx is actually imported.

export type DocxResult = { ok: true; html: string } | { ok: false; error: string };

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, i) => bytes[i] === byte);

/** A .docx file's body as HTML (tables with their merged cells), or a Chinese reason it cannot be read. */
export async function docxToHtml(bytes: Uint8Array): Promise<DocxResult> {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { ok: false, error: '这是旧版 Word 文件（.doc），请在 Word 中“另存为” .docx 格式后再导入' };
  }
  if (!startsWith(bytes, [0x50, 0x4b])) {
    return { ok: false, error: '不是有效的 Word 文件（.docx）：文件内容不是 Word 文档的格式' };
  }
  // mammoth unpacks with no limit: a decompression bomb is refused here, before it gets the bytes.
  const inspected = await inspectDocxZip(bytes);
  if (!inspected.ok) return inspected;
  const mammoth = (await import('mammoth')).default;
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // Node's mammoth reads `buffer`, the browser build `arrayBuffer`; both accept the bytes.
  const input = { buffer: bytes, arrayBuffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
  try {
    const result = await mammoth.convertToHtml(input, {
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    });
    return { ok: true, html: result.value };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/word\/document\.xml|main document/i.test(reason)) {
      return { ok: false, error: '这个压缩文件不是 Word 文档（缺少正文 word/document.xml），无法导入' };
    }
    return { ok: false, error: 'Word 文件已损坏，无法解压读取；请在 Word 中打开并重新保存后再试' };
  }
}
