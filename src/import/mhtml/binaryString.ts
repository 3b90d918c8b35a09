/** Bytes → a string of one character per byte (0–255), the form MIME headers and encodings are read in. */
export function binaryString(bytes: Uint8Array): string {
  // Each byte widened to a UTF-16 code unit below 256 and decoded at once (no latin1 decoder keeps 0x80–0x9F).
  const wide = new Uint16Array(bytes.length);
  wide.set(bytes);
  return new TextDecoder('utf-16le').decode(wide);
}

/** A string of one character per byte back to bytes. */
export function stringBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}
