import JSZip from 'jszip';
import type { ReadCell } from './renderFixtures.ts';

/** The parts of a .docx a test reads, parsed as XML. */
export type DocxParts = { document: Document; styles: Document; settings: Document; core: Document; footers: Map<string, Document>; relationships: Document };

export async function readDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = async (path: string): Promise<Document> => {
    const file = zip.file(path);
    if (!file) throw new Error(`${path} missing from the .docx`);
    const doc = new DOMParser().parseFromString(await file.async('string'), 'application/xml');
    if (doc.getElementsByTagName('parsererror').length > 0) throw new Error(`${path} is not well-formed XML`);
    return doc;
  };
  const footers = new Map<string, Document>();
  for (const path of Object.keys(zip.files).filter((p) => /^word\/footer\d+\.xml$/.test(p))) footers.set(path.slice('word/'.length), await xml(path));
  return {
    document: await xml('word/document.xml'),
    styles: await xml('word/styles.xml'),
    settings: await xml('word/settings.xml'),
    core: await xml('docProps/core.xml'),
    footers,
    relationships: await xml('word/_rels/document.xml.rels'),
  };
}

export const all = (node: Document | Element, tag: string): Element[] => Array.from(node.getElementsByTagName(tag));
export const first = (node: Document | Element, tag: string): Element | undefined => node.getElementsByTagName(tag)[0];
/** Direct children with a tag (w:tc inside nested tables must not count). */
export const children = (node: Element, tag: string): Element[] => Array.from(node.children).filter((c) => c.tagName === tag);
export const textOf = (node: Document | Element): string => all(node, 'w:t').map((t) => t.textContent ?? '').join('');
export const attr = (node: Element | undefined, name: string): string | null => node?.getAttribute(name) ?? null;

/** A paragraph style by id, with what it inherits through w:basedOn resolved for rPr and pPr children. */
export function styleById(styles: Document, id: string): Element {
  const style = all(styles, 'w:style').find((s) => s.getAttribute('w:styleId') === id);
  if (!style) throw new Error(`style ${id} not found`);
  return style;
}

/** Reads a w:tbl back into grid cells from gridSpan and vMerge restart/continue. */
export function docxTableGrid(table: Element): ReadCell[] {
  const cells: ReadCell[] = [];
  const openMerges = new Map<number, ReadCell>();
  children(table, 'w:tr').forEach((tr, row) => {
    let col = 0;
    for (const tc of children(tr, 'w:tc')) {
      const tcPr = children(tc, 'w:tcPr')[0];
      const span = Number(attr(tcPr ? children(tcPr, 'w:gridSpan')[0] : undefined, 'w:val') ?? 1);
      const vMerge = tcPr ? children(tcPr, 'w:vMerge')[0] : undefined;
      const merge = vMerge ? (attr(vMerge, 'w:val') ?? 'continue') : undefined;
      if (merge === 'continue') {
        const origin = openMerges.get(col);
        if (!origin) throw new Error(`vMerge continue without restart at ${row},${col}`);
        origin.rowSpan += 1;
      } else {
        const cell: ReadCell = { row, col, rowSpan: 1, colSpan: span, text: textOf(tc) };
        cells.push(cell);
        if (merge === 'restart') openMerges.set(col, cell);
        else openMerges.delete(col);
      }
      col += span;
    }
  });
  return cells;
}
