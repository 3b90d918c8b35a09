import { decodeEntities } from './decodeEntities.ts';
import { htmlAttribute } from './htmlAttribute.ts';
import { htmlTokens } from './htmlTokens.ts';

/** An element of the light tree: its tag, its attributes as written, its children (text as strings). */
export type HtmlElement = { readonly tag: string; readonly attributes: string; readonly children: HtmlNode[] };
export type HtmlNode = HtmlElement | string;

export type HtmlTree = {
  readonly root: HtmlElement;
  /** <meta name=… content=…> by lower-case name, first one wins (the page's own before a frame's). */
  readonly metas: ReadonlyMap<string, string>;
  /** The text of the first <title>. */
  readonly title: string;
  /** Frames whose saved document was read in place of the <iframe>. */
  readonly framesRead: number;
  /** More elements than any report's page has: reading stopped there. */
  readonly truncated: boolean;
};

/** Documents of a page's frames, by the address the page names them with (cid:…, a _files path or its file name). */
export type FrameDocuments = ReadonlyMap<string, string>;

// Bounds for hostile input: browsers cap nesting too (Chromium at 512); a report's page has a few thousand elements.
const maxDepth = 400;
export const maxElements = 100_000;
const maxFrameDepth = 2;

const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'bgsound', 'frame', 'keygen']);
// Their text is never the report's: kept out of the tree (the tokenizer already reads them as raw text).
const textless = new Set(['script', 'style', 'noscript', 'template', 'xmp', 'textarea', 'select', 'option']);
const headTags = new Set(['meta', 'link', 'title', 'script', 'style', 'base', 'noscript', 'template']);
// An opening tag of these ends an open <p> (HTML's "close a p element").
const closesParagraph = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'ul', 'li', 'dd', 'dt',
]);
const tableParts = new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot', 'caption', 'colgroup']);
// An end tag does not close an element past these (HTML's element scopes, simplified).
const scopeBoundaries = new Set(['table', 'td', 'th', 'caption', 'html', 'iframe', 'frame']);
const noBoundary = new Set<string>();
const tableBoundary = new Set(['table']);
const rowBoundary = new Set(['tr', 'table']);
const listBoundary = new Set(['ul', 'ol', 'td', 'th', 'table']);
const definitionBoundary = new Set(['dl', 'td', 'th', 'table']);

const frameKey = (src: string) => {
  const path = src.replace(/[?#].*$/, '');
  let name = path.slice(path.lastIndexOf('/') + 1);
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded: keep as written.
  }
  return name.toLowerCase();
};

/** The saved document of a frame: by its exact address, else by its file name (Chromium's "网页，全部" _files folder). */
function findFrame(frames: FrameDocuments, src: string): string | undefined {
  const exact = frames.get(src) ?? frames.get(src.replace(/^\.\//, ''));
  if (exact !== undefined) return exact;
  const key = frameKey(src);
  if (key === '') return undefined;
  for (const [address, html] of frames) if (frameKey(address) === key) return html;
  return undefined;
}

/**
 * HTML → a light element tree, as a browser builds it for the parts that matter here: implied end tags of
 * p, li, td and tr, end tags that do not close past a table cell, void elements, nesting and element count
 * bounded. Frames saved with the page are read in place of their <iframe>.
 */
export function parseHtmlTree(html: string, frames: FrameDocuments = new Map()): HtmlTree {
  const metas = new Map<string, string>();
  let title: string | undefined;
  let elements = 0;
  let framesRead = 0;
  let truncated = false;
  const usedFrames = new Set<string>();

  const build = (source: string, root: HtmlElement, frameDepth: number) => {
    const stack: HtmlElement[] = [root];
    // Where each tag is open on the stack (innermost last): finding an open element never walks the stack.
    const openAt = new Map<string, number[]>();
    const top = () => stack[stack.length - 1] ?? root;
    const push = (element: HtmlElement) => {
      let positions = openAt.get(element.tag);
      if (!positions) openAt.set(element.tag, (positions = []));
      positions.push(stack.length);
      stack.push(element);
    };
    const popTo = (index: number) => {
      while (stack.length > Math.max(1, index)) {
        const element = stack.pop();
        if (element) openAt.get(element.tag)?.pop();
      }
    };
    const innermost = (tag: string) => {
      const positions = openAt.get(tag);
      return positions && positions.length > 0 ? (positions[positions.length - 1] ?? -1) : -1;
    };
    const findOpen = (tag: string, boundaries: ReadonlySet<string>): number => {
      const at = innermost(tag);
      if (at < 1) return -1;
      for (const boundary of boundaries) if (boundary !== tag && innermost(boundary) > at) return -1;
      return at;
    };
    const closeIfOpen = (tag: string, boundaries: ReadonlySet<string>) => {
      const at = findOpen(tag, boundaries);
      if (at >= 1) popTo(at);
    };
    for (const token of htmlTokens(source)) {
      if (token.kind === 'text') {
        const parent = top();
        if (textless.has(parent.tag)) continue;
        if (parent.tag === 'title') {
          title ??= decodeEntities(token.text).replace(/\s+/g, ' ').trim();
          continue;
        }
        const text = decodeEntities(token.text);
        const last = parent.children[parent.children.length - 1];
        if (typeof last === 'string') parent.children[parent.children.length - 1] = last + text;
        else parent.children.push(text);
        continue;
      }
      const { name, closing, attributes } = token;
      if (closing) {
        if (name === 'html' || name === 'body' || voidTags.has(name)) continue;
        if (name === 'table') closeIfOpen('table', noBoundary);
        else if (tableParts.has(name)) closeIfOpen(name, tableBoundary);
        else closeIfOpen(name, scopeBoundaries);
        continue;
      }
      if (name === 'meta') {
        const key = (htmlAttribute(attributes, 'name') ?? htmlAttribute(attributes, 'property'))?.trim().toLowerCase();
        const content = htmlAttribute(attributes, 'content');
        if (key && content !== undefined && !metas.has(key)) metas.set(key, content.trim());
        continue;
      }
      // Content ends the <head> a page forgot to close.
      if (!headTags.has(name)) {
        const head = findOpen('head', noBoundary);
        if (head >= 1) popTo(head);
      }
      if (closesParagraph.has(name)) closeIfOpen('p', scopeBoundaries);
      if (name === 'li') closeIfOpen('li', listBoundary);
      if (name === 'dd' || name === 'dt') {
        closeIfOpen('dd', definitionBoundary);
        closeIfOpen('dt', definitionBoundary);
      }
      if (name === 'tr' || name === 'tbody' || name === 'thead' || name === 'tfoot') {
        closeIfOpen('tr', tableBoundary);
        if (name !== 'tr') {
          for (const part of ['tbody', 'thead', 'tfoot']) closeIfOpen(part, tableBoundary);
        }
      }
      if (name === 'td' || name === 'th') {
        closeIfOpen('td', rowBoundary);
        closeIfOpen('th', rowBoundary);
      }
      if (elements >= maxElements) {
        truncated = true;
        break;
      }
      elements += 1;
      const element: HtmlElement = { tag: name, attributes, children: [] };
      top().children.push(element);
      if ((name === 'iframe' || name === 'frame') && frameDepth < maxFrameDepth && frames.size > 0) {
        const src = htmlAttribute(attributes, 'src') ?? '';
        const document = src === '' ? undefined : findFrame(frames, src);
        if (document !== undefined && !usedFrames.has(src)) {
          usedFrames.add(src);
          framesRead += 1;
          build(document, element, frameDepth + 1);
        }
      }
      // <o:p/> and other XHTML-style empty elements; a self-closed table or cell still opens, as in a browser.
      if (voidTags.has(name) || (token.selfClosing && !tableParts.has(name) && name !== 'table')) continue;
      if (stack.length >= maxDepth) continue;
      push(element);
    }
  };

  const root: HtmlElement = { tag: '#document', attributes: '', children: [] };
  build(html, root, 0);
  return { root, metas, title: title ?? '', framesRead, truncated };
}
