// Test helpers: a report file as Notepad on Chinese Windows saves it (ANSI = GBK/GB18030, "Unicode" = UTF-16).

let gbkTable: Map<string, number[]> | undefined;

/** Text → GB18030 bytes for ASCII and the two-byte (GBK) range, built from the platform's own decoder. */
export function gb18030Bytes(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead += 1) {
      for (let trail = 0x40; trail <= 0xfe; trail += 1) {
        if (trail === 0x7f) continue;
        const character = decoder.decode(new Uint8Array([lead, trail]));
        if (character.length === 1 && !gbkTable.has(character)) gbkTable.set(character, [lead, trail]);
      }
    }
  }
  const table = gbkTable;
  return new Uint8Array(
    [...text].flatMap((character) => {
      const code = character.codePointAt(0) ?? 0;
      if (code < 0x80) return [code];
      const bytes = table.get(character);
      if (!bytes) throw new Error(`no GBK code for ${character}`);
      return bytes;
    }),
  );
}

/** Text → UTF-16 bytes, little or big endian, with or without a byte-order mark. */
export function utf16Bytes(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = `${bom ? '\uFEFF' : ''}${text}`;
  const bytes = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i += 1) {
    const unit = units.charCodeAt(i);
    bytes[order === 'le' ? 2 * i : 2 * i + 1] = unit & 0xff;
    bytes[order === 'le' ? 2 * i + 1 : 2 * i] = unit >> 8;
  }
  return bytes;
}
