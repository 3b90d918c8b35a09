// Letters and signs typed for the digit they look like (on a keyboard or copied from a scan): o/O → 0, l/I → 1 …
const lookalikes: Readonly<Record<string, string>> = {
  o: '0', O: '0', '〇': '0', D: '0',
  l: '1', I: '1', i: '1', '|': '1', '!': '1',
  z: '2', Z: '2',
  S: '5', s: '5',
  b: '6', G: '6',
  T: '7',
  B: '8',
  g: '9', q: '9',
};

/**
 * The figure a typed text reads as when its lookalike letters are taken for digits ("l9" → 19, "2o" → 20), or
 * undefined when the text has no such letter or does not read as a plain figure then.
 */
export function lookalikeFigure(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/[^\d.,\s]/.test(trimmed)) return undefined;
  let read = '';
  for (const character of trimmed) {
    if (/[\d.]/.test(character)) read += character;
    else if (lookalikes[character] !== undefined) read += lookalikes[character];
    else if (character === ',' || character === '，') continue;
    else return undefined;
  }
  if (!/^\d+(?:\.\d+)?$/.test(read)) return undefined;
  const value = Number(read);
  return Number.isFinite(value) ? value : undefined;
}
