import type { PdfPage, PdfSegment, PdfText } from './pdfPage.ts';

/** The part of pdf.js this reader uses (the legacy build in Node, the same build in the browser). */
export type PdfJs = {
  readonly getDocument: (source: { data: Uint8Array; isEvalSupported?: boolean; disableFontFace?: boolean; useSystemFonts?: boolean; stopAtErrors?: boolean }) => { promise: Promise<PdfDocument> };
  readonly OPS: Readonly<Record<string, number>>;
};
type PdfDocument = { numPages: number; getPage: (n: number) => Promise<PdfJsPage>; destroy: () => Promise<void> };
type PdfJsPage = {
  view: number[];
  getTextContent: () => Promise<{ items: readonly unknown[] }>;
  getOperatorList: () => Promise<{ fnArray: number[]; argsArray: unknown[] }>;
};
type Matrix = readonly [number, number, number, number, number, number];

const identity: Matrix = [1, 0, 0, 1, 0, 0];
const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

function textsOf(items: readonly unknown[]): PdfText[] {
  return items.flatMap((item) => {
    const { str, transform, width } = item as { str?: unknown; transform?: unknown; width?: unknown };
    if (typeof str !== 'string' || str.trim() === '' || !Array.isArray(transform)) return [];
    const [a = 0, b = 0, , , x = 0, y = 0] = transform as number[];
    // Rotated text is rare in reports; its size is the length of the first column of the matrix.
    return [{ text: str, x, y, width: typeof width === 'number' ? width : 0, size: Math.hypot(a, b) || 10 }];
  });
}

// Path data of pdf.js 5: 0 moveTo x y, 1 lineTo x y, 2 curveTo (6), 3 quadraticCurveTo (4), 4 closePath.
function segmentsOfPath(data: ArrayLike<number>, matrix: Matrix, out: PdfSegment[]): void {
  let start: [number, number] | null = null;
  let at: [number, number] | null = null;
  for (let i = 0; i < data.length;) {
    const op = data[i++];
    if (op === 0) {
      at = apply(matrix, data[i++] ?? 0, data[i++] ?? 0);
      start = at;
    } else if (op === 1) {
      const next = apply(matrix, data[i++] ?? 0, data[i++] ?? 0);
      if (at) out.push({ x1: at[0], y1: at[1], x2: next[0], y2: next[1] });
      at = next;
    } else if (op === 2) {
      at = apply(matrix, data[i + 4] ?? 0, data[i + 5] ?? 0);
      i += 6;
    } else if (op === 3) {
      at = apply(matrix, data[i + 2] ?? 0, data[i + 3] ?? 0);
      i += 4;
    } else if (op === 4) {
      if (at && start) out.push({ x1: at[0], y1: at[1], x2: start[0], y2: start[1] });
      at = start;
    } else return;
  }
}

const isFill = (paint: unknown, ops: PdfJs['OPS']) =>
  [ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke].includes(paint as number);

// A filled box is a border when it is thin (browsers draw CSS borders so); a page or cell background is not.
function thinBox(box: unknown, matrix: Matrix, out: PdfSegment[]): void {
  if (!box || typeof (box as ArrayLike<number>).length !== 'number') return;
  const [minX = 0, minY = 0, maxX = 0, maxY = 0] = Array.from(box as ArrayLike<number>);
  const [x1, y1] = apply(matrix, minX, minY);
  const [x2, y2] = apply(matrix, maxX, maxY);
  const width = Math.abs(x2 - x1);
  const height = Math.abs(y2 - y1);
  if (height < 2.5 && width > 3) out.push({ x1, y1: (y1 + y2) / 2, x2, y2: (y1 + y2) / 2 });
  else if (width < 2.5 && height > 3) out.push({ x1: (x1 + x2) / 2, y1, x2: (x1 + x2) / 2, y2 });
}

function segmentsOf(list: { fnArray: number[]; argsArray: unknown[] }, ops: PdfJs['OPS']): PdfSegment[] {
  const segments: PdfSegment[] = [];
  const stack: Matrix[] = [];
  let matrix = identity;
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i];
    if (fn === ops.save) stack.push(matrix);
    else if (fn === ops.restore) matrix = stack.pop() ?? identity;
    else if (fn === ops.transform && Array.isArray(args) && args.length === 6) matrix = multiply(matrix, args as unknown as Matrix);
    else if (fn === ops.constructPath && Array.isArray(args)) {
      const [paint, paths, box] = args as [unknown, unknown, unknown];
      const data = Array.isArray(paths) ? paths[0] : paths;
      if (!data || typeof (data as ArrayLike<number>).length !== 'number') return;
      if (paint === ops.stroke || paint === ops.closeStroke) segmentsOfPath(data as ArrayLike<number>, matrix, segments);
      else if (isFill(paint, ops)) thinBox(box, matrix, segments);
    }
  });
  return segments;
}

/** Every page's text runs and straight lines; throws on a file pdf.js cannot open. */
export async function readPdfPages(pdfjs: PdfJs, bytes: Uint8Array, maxPages = 200): Promise<PdfPage[]> {
  const document = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= Math.min(document.numPages, maxPages); n += 1) {
      const page = await document.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = page.view;
      const content = await page.getTextContent();
      const operators = await page.getOperatorList();
      pages.push({ width: x1 - x0, height: y1 - y0, texts: textsOf(content.items), segments: segmentsOf(operators, pdfjs.OPS) });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}
