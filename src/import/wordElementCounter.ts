const lessThan = 0x3c;
const colon = 0x3a;
const p = 0x70;
const t = 0x74;
const c = 0x63;
const isDelimiter = (byte: number) => byte === 0x20 || byte === 0x3e || byte === 0x2f || byte === 0x09 || byte === 0x0a || byte === 0x0d;

// States: 0 outside a start tag's name; 1 just after `<`; 2 in a name, its local part (after the last `:`) so far
// being `p`; 3 … being `t`; 4 … being `tc`; 5 in a name whose local part is something else.

/**
 * Counts paragraphs (`p`) and table cells (`tc`) in WordprocessingML fed in chunks of bytes, in one pass with
 * no copy, so a body far too large to be a report is refused before it is parsed. Elements are matched by their
 * local name whatever the prefix — `<w:p>`, `<p>` in a default namespace, `<x:p>` — so no choice of prefix
 * slips past (DrawingML's `<a:p>` paragraphs count too; they are paragraphs). `<w:pPr>`, `<w:tcPr>` do not.
 */
export function wordElementCounter(): { feed: (chunk: Uint8Array) => void; readonly count: () => number } {
  let state = 0;
  let count = 0;
  const feed = (chunk: Uint8Array) => {
    for (const byte of chunk) {
      if (byte === lessThan) {
        state = 1;
        continue;
      }
      if (state === 0) continue;
      if (isDelimiter(byte)) {
        if (state === 2 || state === 4) count += 1;
        state = 0;
      } else if (byte === colon) state = state === 1 ? 0 : 1;
      else if (state === 1) state = byte === p ? 2 : byte === t ? 3 : 5;
      else if (state === 3) state = byte === c ? 4 : 5;
      else state = 5;
    }
  };
  return { feed, count: () => count };
}
