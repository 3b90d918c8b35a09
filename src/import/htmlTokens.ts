export type HtmlToken =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'tag'; readonly name: string; readonly closing: boolean; readonly selfClosing: boolean;
      /** The tag's attributes as written (read with htmlAttribute only where needed). */
      readonly attributes: string;
    };

// Elements whose content is raw text up to their end tag (a `<` inside a script is not a tag).
const rawText = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

const isLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
const isNameChar = (code: number) => isLetter(code) || (code >= 0x30 && code <= 0x39) || code === 0x3a || code === 0x2d;
const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;

/** A `<` that opens a tag, end tag, comment, doctype or processing instruction; any other `<` is text. */
function startsMarkup(html: string, at: number): boolean {
  const next = html.charCodeAt(at + 1);
  if (next === 0x21 || next === 0x3f) return true;
  return isLetter(next === 0x2f ? html.charCodeAt(at + 2) : next);
}

/** Where a construct closed by `terminator` ends (just after it), or the end of the input if it never closes. */
function endAfter(html: string, terminator: string, from: number): number {
  const at = html.indexOf(terminator, from);
  return at < 0 ? html.length : at + terminator.length;
}

/**
 * Index of the `>` that closes a tag whose attributes start at `from`, as browsers read it: quotes count
 * only around a value after `=`. -1 when the input ends inside the tag. Each character is read once.
 */
function tagEnd(html: string, from: number): number {
  let i = from;
  while (i < html.length) {
    const code = html.charCodeAt(i);
    if (code === 0x3e) return i;
    i += 1;
    if (code !== 0x3d) continue;
    while (i < html.length && isSpace(html.charCodeAt(i))) i += 1;
    const quote = html[i];
    if (quote !== '"' && quote !== "'") continue;
    const close = html.indexOf(quote, i + 1);
    if (close < 0) return -1;
    i = close + 1;
  }
  return -1;
}

/**
 * HTML → text and tags in one forward pass (linear in the input, whatever it holds: no regular expression
 * that retries at every `<`). Comments, doctype and processing instructions are dropped; a tag the input
 * ends inside is dropped with the rest of the input, as a browser does.
 */
export function* htmlTokens(html: string): Generator<HtmlToken> {
  let at = 0;
  while (at < html.length) {
    let open = html.indexOf('<', at);
    while (open >= 0 && !startsMarkup(html, open)) open = html.indexOf('<', open + 1);
    const textEnd = open < 0 ? html.length : open;
    if (textEnd > at) yield { kind: 'text', text: html.slice(at, textEnd) };
    if (open < 0) return;
    const next = html.charCodeAt(open + 1);
    if (html.startsWith('<!--', open)) at = endAfter(html, '-->', open + 4);
    else if (html.startsWith('<![CDATA[', open)) at = endAfter(html, ']]>', open + 9);
    else if (next === 0x21 || next === 0x3f) at = endAfter(html, '>', open + 2);
    else {
      const closing = next === 0x2f;
      const nameStart = open + (closing ? 2 : 1);
      let nameEnd = nameStart + 1;
      while (nameEnd < html.length && isNameChar(html.charCodeAt(nameEnd))) nameEnd += 1;
      const end = tagEnd(html, nameEnd);
      if (end < 0) return;
      const name = html.slice(nameStart, nameEnd).toLowerCase();
      const selfClosing = html.charCodeAt(end - 1) === 0x2f;
      yield { kind: 'tag', name, closing, selfClosing, attributes: html.slice(nameEnd, selfClosing ? end - 1 : end) };
      at = end + 1;
      if (!closing && !selfClosing && rawText.has(name)) {
        const endTag = new RegExp(`</${name}[\\s/>]`, 'gi');
        endTag.lastIndex = at;
        const found = endTag.exec(html);
        if (found) yield { kind: 'text', text: html.slice(at, found.index) };
        at = found ? found.index : html.length;
      }
    }
  }
}
