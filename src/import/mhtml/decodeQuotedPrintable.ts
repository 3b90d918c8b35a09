const hexValue = (code: number): number => {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
};

/** Quoted-printable (RFC 2045 §6.7) of a string of bytes → bytes: =XX, and = at a line's end joins lines. One pass. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code !== 0x3d) {
      out[length++] = code & 0xff;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    if (next === 0x0d && text.charCodeAt(i + 2) === 0x0a) i += 2;
    else if (next === 0x0a) i += 1;
    else {
      const high = hexValue(next);
      const low = hexValue(text.charCodeAt(i + 2));
      if (high >= 0 && low >= 0) {
        out[length++] = high * 16 + low;
        i += 2;
      } else out[length++] = code;
    }
  }
  return out.subarray(0, length);
}
