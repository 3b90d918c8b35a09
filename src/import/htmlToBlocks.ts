import { decodeEntities } from './decodeEntities.ts';
import { htmlTokens } from './htmlTokens.ts';
import type { RawBlock, RawDocument } from './rawDocument.ts';

// A small tokenizer is enough: we need paragraphs and table cells, not a DOM (none in Node).
const skipped = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'xml', 'object']);
const blockTags = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header',
  'footer', 'blockquote', 'pre', 'hr', 'dd', 'dt', 'dl', 'main', 'nav', 'aside', 'figure', 'figcaption',
  'center', 'address', 'caption', 'body', 'html', 'form', 'fieldset', 'legend',
]);

type OpenTable = { rows: string[][]; row: string[] | null; cell: string[] | null };

/** HTML (a page, a fragment pasted from the browser, mammoth's output) → paragraphs and tables. */
export function htmlToBlocks(html: string): RawDocument {
  const blocks: RawBlock[] = [];
  const tables: OpenTable[] = [];
  let paragraph = '';
  let skipUntil: string | null = null;

  const flushParagraph = () => {
    const text = paragraph.replace(/\s+/g, ' ').trim();
    if (text !== '') blocks.push({ kind: 'paragraph', text });
    paragraph = '';
  };
  const current = (): OpenTable | undefined => tables[tables.length - 1];
  const closeCell = (table: OpenTable) => {
    if (!table.cell) return;
    const text = table.cell.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('');
    table.row ??= [];
    table.row.push(text);
    table.cell = null;
  };
  const closeRow = (table: OpenTable) => {
    closeCell(table);
    if (table.row) table.rows.push(table.row);
    table.row = null;
  };
  const appendText = (text: string) => {
    const table = current();
    if (table?.cell) table.cell[table.cell.length - 1] += text;
    else if (!table) paragraph += text;
    // Text between cells (whitespace in <tr>) belongs nowhere.
  };
  const lineBreak = () => {
    const table = current();
    if (table?.cell) table.cell.push('');
    else if (!table) flushParagraph();
  };

  for (const token of htmlTokens(html)) {
    if (token.kind === 'text') {
      if (skipUntil === null) appendText(decodeEntities(token.text));
      continue;
    }
    const { name, closing } = token;
    if (skipUntil !== null) {
      if (closing && name === skipUntil) skipUntil = null;
      continue;
    }
    if (!closing && skipped.has(name) && !token.selfClosing) {
      skipUntil = name;
      continue;
    }
    if (name === 'table') {
      if (!closing) {
        const outer = current();
        if (outer) closeCell(outer);
        else flushParagraph();
        tables.push({ rows: [], row: null, cell: null });
      } else {
        const table = tables.pop();
        if (table) {
          closeRow(table);
          if (table.rows.length > 0) blocks.push({ kind: 'table', rows: table.rows });
        }
      }
      continue;
    }
    const table = current();
    if (table && (name === 'tr')) {
      closeRow(table);
      if (!closing) table.row = [];
      continue;
    }
    if (table && (name === 'td' || name === 'th')) {
      closeCell(table);
      if (!closing) table.cell = [''];
      continue;
    }
    if (blockTags.has(name)) lineBreak();
    else if (name === 'img' || name === 'input') appendText('');
  }
  while (tables.length > 0) {
    const table = tables.pop();
    if (table) {
      closeRow(table);
      if (table.rows.length > 0) blocks.push({ kind: 'table', rows: table.rows });
    }
  }
  flushParagraph();
  return blocks;
}
