/** What an XmlScanner reports, in document order. Names are local (the prefix dropped: `x:c` → `c`). */
export type XmlEvents = {
  readonly open: (name: string, attributes: string, selfClosing: boolean) => void;
  readonly close: (name: string) => void;
  /** Text between tags as written (entities not decoded); `literal` for CDATA. May come in several pieces. */
  readonly text: (raw: string, literal: boolean) => void;
};

/** Thrown when a tag, comment or CDATA section runs on past this many characters: not a file to read. */
export class XmlTooLongTagError extends Error {}

const maxTagCharacters = 1 << 20;

const localName = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);

// The end of the tag opened at `from` ('>' outside quoted attribute values), or -1 when not in `text` yet.
function tagEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from + 1; i < text.length; i += 1) {
    const char = text[i];
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return i;
  }
  return -1;
}

/**
 * A SAX-like scan of XML fed as text in pieces of any size: tags and text are reported as they are found and
 * nothing is kept but an unfinished tag, so a document of any length is read in bounded memory. No DTD,
 * no entity expansion (the predefined five are the caller's to decode) — a billion laughs cannot happen here.
 */
export function xmlScanner(events: XmlEvents): { readonly feed: (chunk: string) => void } {
  let rest = '';
  const feed = (chunk: string) => {
    const text = rest === '' ? chunk : rest + chunk;
    rest = '';
    let at = 0;
    while (at < text.length) {
      const lt = text.indexOf('<', at);
      if (lt < 0) {
        events.text(text.slice(at), false);
        return;
      }
      if (lt > at) events.text(text.slice(at, lt), false);
      let end: number;
      let skip: number;
      if (text.startsWith('<!--', lt)) {
        end = text.indexOf('-->', lt + 4);
        skip = 3;
      } else if (text.startsWith('<![CDATA[', lt)) {
        end = text.indexOf(']]>', lt + 9);
        skip = 3;
        if (end >= 0) events.text(text.slice(lt + 9, end), true);
      } else {
        end = tagEnd(text, lt);
        skip = 1;
        if (end >= 0) {
          const tag = text.slice(lt + 1, end);
          const first = tag[0];
          if (first === '/') events.close(localName(tag.slice(1).trim()));
          else if (first !== '?' && first !== '!') {
            const selfClosing = tag.endsWith('/');
            const body = selfClosing ? tag.slice(0, -1) : tag;
            const space = body.search(/\s/);
            const name = localName(space < 0 ? body : body.slice(0, space));
            events.open(name, space < 0 ? '' : body.slice(space), selfClosing);
            if (selfClosing) events.close(name);
          }
        }
      }
      if (end < 0) {
        if (text.length - lt > maxTagCharacters) throw new XmlTooLongTagError();
        rest = text.slice(lt);
        return;
      }
      at = end + skip;
    }
  };
  return { feed };
}

/** One attribute's value from a tag's attribute text (`r="A1" t="s"`), entities decoded; undefined when absent. */
const attributePatterns = new Map<string, RegExp>();

export function xmlAttribute(attributes: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(attributes);
  if (!match) return undefined;
  return decodeXmlText(match[2] ?? match[3] ?? '');
}

const predefined: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text as written → its characters: the five predefined entities and numeric references. */
export function decodeXmlText(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, body: string) => {
    if (body[0] !== '#') return predefined[body] ?? whole;
    const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}
