// Byte states while matching `<w:p` or `<w:tc` followed by a delimiter (so <w:pPr> and <w:tcPr> do not count).
const lessThan = 0x3c;
const w = 0x77;
const colon = 0x3a;
const p = 0x70;
const t = 0x74;
const c = 0x63;
const isDelimiter = (byte: number) => byte === 0x20 || byte === 0x3e || byte === 0x2f || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/**
 * Counts paragraphs (`<w:p>`) and table cells (`<w:tc>`) in WordprocessingML fed in chunks of bytes, in one
 * pass with no copy, so a body far too large to be a report is refused before it is parsed.
 */
export function wordElementCounter(): { feed: (chunk: Uint8Array) => void; readonly count: () => number } {
  let state = 0;
  let count = 0;
  const feed = (chunk: Uint8Array) => {
    for (const byte of chunk) {
      if (byte === lessThan) state = 1;
      else if (state === 1) state = byte === w ? 2 : 0;
      else if (state === 2) state = byte === colon ? 3 : 0;
      else if (state === 3) state = byte === p ? 4 : byte === t ? 5 : 0;
      else if (state === 5) state = byte === c ? 4 : 0;
      else if (state === 4) {
        if (isDelimiter(byte)) count += 1;
        state = 0;
      }
    }
  };
  return { feed, count: () => count };
}
