export type Sentence = {
  readonly text: string;
  /** Offset of the sentence in the field's text. */
  readonly start: number;
  /** Index of the paragraph (lines separated by \n) it belongs to. */
  readonly paragraph: number;
};

/** The sentences of a narrative text: split after 。！？ and at line breaks; the end mark stays with its sentence. */
export function textSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const match of text.matchAll(/[^。！？!?\n]*(?:[。！？!?]+[”’」』）)]*|\n|$)/g)) {
    const raw = match[0];
    if (raw === '') continue;
    const body = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
    if (body.trim() !== '') sentences.push({ text: body, start: match.index, paragraph });
    if (raw.endsWith('\n')) paragraph += 1;
  }
  return sentences;
}

/** The clause [start, end) as a quotation for messages; a clause of a few characters gets the one before it. */
export function quoteAround(text: string, start: number, end: number): string {
  let from = start;
  if (end - start < 8) {
    let back = from - 1;
    // At most 40 characters back: a text with no marks must not be read again for every number (linear).
    const floor = Math.max(0, from - 40);
    while (back > floor && !/[，,、：:；;。！？!?\n（(]/.test(text[back - 1] ?? '')) back -= 1;
    if (back >= 0 && !/[。！？!?\n；;]/.test(text[from - 1] ?? '')) from = Math.max(0, back);
  }
  return text.slice(from, end).replace(/^[\s，,、：:；;]+/, '').trim();
}
