// Without a byte-order mark, UTF-16 text that starts with ASCII (`{`, `<`, a digit) has a zero byte beside it.
const utf16Order = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.byteLength < 2 || bytes.byteLength % 2 !== 0) return undefined;
  if (bytes[0] !== 0 && bytes[1] === 0 && bytes[3] === 0) return 'utf-16le';
  if (bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0) return 'utf-16be';
  return undefined;
};

/**
 * Bytes of a text file → string, as Chinese Windows saves them: UTF-8 (with or without BOM), UTF-16 (Notepad's
 * "Unicode", with or without BOM), else GB18030 (Notepad's "ANSI", older pages). Never throws.
 */
export function decodeText(bytes: Uint8Array): string {
  const order = utf16Order(bytes);
  if (order) return new TextDecoder(order).decode(bytes).replace(/^\uFEFF/, '');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    try {
      return new TextDecoder('gb18030').decode(bytes);
    } catch {
      return new TextDecoder('utf-8').decode(bytes);
    }
  }
}
