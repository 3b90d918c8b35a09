import { decodeText } from './decodeText.ts';
import type { ImportInput } from './inputKind.ts';
import { maxImportBytes, tooLargeMessage } from './importLimits.ts';

// A page saved as one file starts with MIME headers (From: <Saved by Blink>, MIME-Version: 1.0, Content-Type: multipart/related).
function looksLikeMime(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048)).trimStart();
  return /^(from|mime-version|content-type|subject|date|snapshot-content-location|message-id|x-mimeole)\s*:/i.test(head)
    && /^content-type\s*:\s*(multipart\/related|text\/html)/im.test(head) && /^mime-version\s*:/im.test(head);
}

const extensionOf = (fileName: string) => /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';

/**
 * What kind of input a file is, by its content first (a .txt holding HTML is HTML), then its name.
 * Returns the input ready for importReport, or a Chinese reason the file cannot be imported.
 */
export function detectInputKind(fileName: string, bytes: Uint8Array): { ok: true; input: ImportInput } | { ok: false; error: string } {
  if (bytes.byteLength > maxImportBytes) return { ok: false, error: tooLargeMessage(bytes.byteLength) };
  if (bytes.byteLength === 0) return { ok: false, error: '文件是空的' };
  const extension = extensionOf(fileName);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return { ok: true, input: { kind: 'docx', data: bytes } };
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return { ok: false, error: '这是旧版 Word 文件（.doc），请在 Word 中“另存为” .docx 格式后再导入' };
  }
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) {
    return { ok: true, input: { kind: 'pdf', data: bytes } };
  }
  if (extension === 'docx') return { ok: false, error: '不是有效的 Word 文件（.docx）：文件已损坏或不是 Word 文档' };
  if (extension === 'mhtml' || extension === 'mht' || looksLikeMime(bytes)) return { ok: true, input: { kind: 'mhtml', data: bytes } };
  const text = decodeText(bytes);
  const start = text.trimStart().slice(0, 400).toLowerCase();
  if (start.startsWith('{')) return { ok: true, input: { kind: 'json', data: text } };
  if (/^<(!doctype|html|head|body|meta|div|p|table|span|h\d)\b|^<!--/.test(start) || extension === 'html' || extension === 'htm') {
    return { ok: true, input: { kind: 'html', data: text } };
  }
  if (extension === 'json') return { ok: true, input: { kind: 'json', data: text } };
  if (text.includes('\u0000')) return { ok: false, error: '无法识别的文件：请导入 .docx、.html、.txt 或报告 .json 文件' };
  return { ok: true, input: { kind: 'text', data: text } };
}
