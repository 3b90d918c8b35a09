import { htmlAttribute } from './htmlAttribute.ts';
import type { HtmlElement, HtmlNode } from './htmlTree.ts';
import type { RawBlock } from './rawDocument.ts';

/** What the article finder needs to know of a block besides its text. */
export type BlockFacts = {
  /** Characters of the block's text, and how many of them are inside links (menus, related articles). */
  readonly chars: number;
  readonly linkChars: number;
  /** For a table: per row, per cell, whether the cell's text is a link. */
  readonly linkedCells?: readonly (readonly boolean[])[];
};

/** An element whose content is blocks [start, end) of the page: a candidate region for the article. */
export type BlockContainer = { readonly start: number; readonly end: number; readonly tag: string; readonly attributes: string };

export type PageBlocks = { readonly blocks: readonly RawBlock[]; readonly facts: readonly BlockFacts[]; readonly containers: readonly BlockContainer[] };

// Never the report's text.
const skipped = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'xml', 'object', 'select', 'textarea', 'button']);
const blockTags = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header',
  'footer', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'dl', 'main', 'nav', 'aside', 'figure', 'figcaption',
  'center', 'address', 'caption', 'body', 'html', 'form', 'fieldset', 'legend', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'td', 'th', 'iframe', 'frame', 'frameset', '#document',
]);

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Tables holding a table are page layout (their cells are regions), and so is a table of one cell. */
function layoutTables(root: HtmlElement): Set<HtmlElement> {
  const layout = new Set<HtmlElement>();
  // Post-order: whether each subtree holds a table, and each table's cell count.
  const visit = (element: HtmlElement): { hasTable: boolean; cells: number } => {
    let hasTable = false;
    let cells = 0;
    for (const child of element.children) {
      if (typeof child === 'string') continue;
      const inner = visit(child);
      if (child.tag === 'table') hasTable = true;
      else {
        hasTable ||= inner.hasTable;
        cells += inner.cells;
      }
      if (child.tag === 'td' || child.tag === 'th') cells += 1;
    }
    if (element.tag === 'table' && (hasTable || cells <= 1)) layout.add(element);
    return { hasTable: hasTable || element.tag === 'table', cells: element.tag === 'table' ? 0 : cells };
  };
  visit(root);
  return layout;
}

const isLink = (element: HtmlElement) => element.tag === 'a' && htmlAttribute(element.attributes, 'href') !== undefined;

/** A data table's rows of cell texts (a cell's lines joined, as a merged cell prints once), and which cells are links. */
function readTable(table: HtmlElement): { rows: string[][]; linked: boolean[][] } {
  const rows: string[][] = [];
  const linked: boolean[][] = [];
  let row: string[] | null = null;
  let rowLinks: boolean[] = [];
  const endRow = () => {
    if (row) {
      rows.push(row);
      linked.push(rowLinks);
    }
    row = null;
    rowLinks = [];
  };
  const readCell = (cell: HtmlElement) => {
    const lines: string[] = [''];
    let linkText = 0;
    const walk = (node: HtmlNode, inLink: boolean) => {
      if (typeof node === 'string') {
        lines[lines.length - 1] += node;
        if (inLink) linkText += collapse(node).length;
        return;
      }
      if (skipped.has(node.tag)) return;
      const block = blockTags.has(node.tag);
      if (block) lines.push('');
      for (const child of node.children) walk(child, inLink || isLink(node));
      if (block) lines.push('');
    };
    for (const child of cell.children) walk(child, false);
    const text = lines.map(collapse).filter(Boolean).join('');
    row ??= [];
    row.push(text);
    rowLinks.push(text !== '' && linkText >= text.length / 2);
  };
  const visit = (element: HtmlElement) => {
    for (const child of element.children) {
      if (typeof child === 'string' || skipped.has(child.tag)) continue;
      if (child.tag === 'tr') {
        endRow();
        row = [];
        visit(child);
        endRow();
      } else if (child.tag === 'td' || child.tag === 'th') readCell(child);
      else if (child.tag !== 'caption') visit(child);
    }
  };
  visit(table);
  endRow();
  return { rows, linked };
}

/**
 * The light tree → paragraphs and tables in reading order, with each block's link share and the block
 * range of every element (where the article finder looks for the report's own region).
 */
export function treeToBlocks(root: HtmlElement): PageBlocks {
  const layout = layoutTables(root);
  const blocks: RawBlock[] = [];
  const facts: BlockFacts[] = [];
  const containers: BlockContainer[] = [];
  let paragraph = '';
  let linkChars = 0;

  const flush = () => {
    const text = collapse(paragraph);
    if (text !== '') {
      blocks.push({ kind: 'paragraph', text });
      facts.push({ chars: text.length, linkChars: Math.min(text.length, linkChars) });
    }
    paragraph = '';
    linkChars = 0;
  };
  const walk = (node: HtmlNode, inLink: boolean) => {
    if (typeof node === 'string') {
      paragraph += node;
      if (inLink) linkChars += collapse(node).length;
      return;
    }
    if (skipped.has(node.tag)) return;
    if (node.tag === 'table' && !layout.has(node)) {
      flush();
      const { rows, linked } = readTable(node);
      if (rows.length > 0) {
        const chars = rows.reduce((sum, cells) => sum + cells.join('').length, 0);
        blocks.push({ kind: 'table', rows });
        facts.push({ chars, linkChars: 0, linkedCells: linked });
      }
      return;
    }
    const block = blockTags.has(node.tag);
    if (!block) {
      const link = inLink || isLink(node);
      for (const child of node.children) walk(child, link);
      return;
    }
    flush();
    const start = blocks.length;
    for (const child of node.children) walk(child, inLink);
    flush();
    if (blocks.length > start) containers.push({ start, end: blocks.length, tag: node.tag, attributes: node.attributes });
  };
  walk(root, false);
  flush();
  return { blocks, facts, containers };
}
