import type { PdfPage, PdfSegment, PdfText } from './pdfPage.ts';
import {
  maxPdfMsPerDocument, maxPdfMsPerPage, maxPdfOperatorsPerPage, maxPdfTextCharactersPerPage, maxPdfTextItemsPerPage, PdfLimitError, pdfLimitMessages,
} from './pdfLimits.ts';

type GetDocumentOptions = {
  data: Uint8Array; isEvalSupported?: boolean; disableFontFace?: boolean; useSystemFonts?: boolean; stopAtErrors?: boolean; verbosity?: number;
};

/** The part of pdf.js this reader uses (the legacy build in Node, the same build in the browser). */
export type PdfJs = {
  readonly getDocument: (source: GetDocumentOptions) => { promise: Promise<PdfDocument>; destroy: () => Promise<void> };
  readonly OPS: Readonly<Record<string, number>>;
};
type PdfDocument = { numPages: number; getPage: (n: number) => Promise<PdfJsPage>; destroy: () => Promise<void> };
type OperatorList = { fnArray: number[]; argsArray: unknown[] };
type IntentState = { operatorList?: OperatorList; renderTasks?: Set<{ operatorListChanged: () => void }> };
type PdfJsPage = {
  view: number[];
  streamTextContent: () => ReadableStream<{ items: readonly unknown[] }>;
  getOperatorList: () => Promise<OperatorList>;
  /** pdf.js's per-intent state of the page: where the operator list grows chunk by chunk as the page is parsed. */
  _intentStates?: Map<unknown, IntentState>;
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

/**
 * pdf.js parses a page in slices of about 20 ms chained by promises only, so no timer can run until the page is
 * done; but each slice asks Date.now() when to yield. While a page is read, Date.now is wrapped to stop the
 * document (destroy: its tasks are terminated at the next slice) once the deadline has passed. It returns the
 * real time always; nothing else runs in this thread meanwhile, the wrapper is removed when the page is done.
 */
function watchDeadline(deadline: number, stop: () => void): () => void {
  const realNow = Date.now;
  let stopped = false;
  Date.now = () => {
    const now = realNow.call(Date);
    if (!stopped && now > deadline) {
      stopped = true;
      stop();
    }
    return now;
  };
  return () => {
    Date.now = realNow;
  };
}

/** The page's text items, read chunk by chunk and stopped at the limits of pdfLimits.ts. */
async function boundedText(page: PdfJsPage, number: number): Promise<unknown[]> {
  const reader = page.streamTextContent().getReader();
  const items: unknown[] = [];
  let characters = 0;
  try {
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      for (const item of read.value.items) {
        items.push(item);
        const text = (item as { str?: unknown }).str;
        characters += typeof text === 'string' ? text.length : 0;
      }
      if (items.length > maxPdfTextItemsPerPage) throw new PdfLimitError(pdfLimitMessages.textItems(number));
      if (characters > maxPdfTextCharactersPerPage) throw new PdfLimitError(pdfLimitMessages.textCharacters(number));
    }
  } catch (error) {
    reader.cancel().catch(() => undefined);
    throw error;
  }
  return items;
}

/** The page's operator list, stopped (through `stop`) as soon as a chunk brings it past the operator limit. */
async function boundedOperators(page: PdfJsPage, number: number, stop: () => void): Promise<OperatorList> {
  let over = false;
  const list = page.getOperatorList();
  // pdf.js tells each of the page's render tasks when a chunk of operators has arrived: one more task counts them.
  for (const state of page._intentStates?.values() ?? []) {
    state.renderTasks?.add({
      operatorListChanged: () => {
        if (!over && (state.operatorList?.fnArray.length ?? 0) > maxPdfOperatorsPerPage) {
          over = true;
          stop();
        }
      },
    });
  }
  try {
    const operators = await list;
    if (over || operators.fnArray.length > maxPdfOperatorsPerPage) throw new PdfLimitError(pdfLimitMessages.operators(number));
    return operators;
  } catch (error) {
    if (over) throw new PdfLimitError(pdfLimitMessages.operators(number));
    throw error;
  }
}

/**
 * Every page's text runs and straight lines; throws on a file pdf.js cannot open, and PdfLimitError (with the
 * Chinese reason) on a page past the limits of pdfLimits.ts — operators, text, time per page and per document.
 */
export async function readPdfPages(pdfjs: PdfJs, bytes: Uint8Array, maxPages = 200): Promise<PdfPage[]> {
  // verbosity 0: pdf.js's own warnings (English, on stderr) stay quiet; its errors still reach the caller.
  const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  const documentDeadline = Date.now() + maxPdfMsPerDocument;
  let reason: string | undefined;
  // Once stopped, pdf.js may leave its promises pending for ever: every wait below races this one.
  let rejectStopped: (error: Error) => void = () => undefined;
  const stopped = new Promise<never>((_resolve, reject) => {
    rejectStopped = reject;
  });
  stopped.catch(() => undefined);
  const stop = (why: string) => {
    if (reason !== undefined) return;
    reason = why;
    rejectStopped(new PdfLimitError(why));
    void task.destroy().catch(() => undefined);
  };
  const unless = <T,>(promise: Promise<T>): Promise<T> => Promise.race([promise, stopped]);
  const document = await task.promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= Math.min(document.numPages, maxPages); n += 1) {
      const pageDeadline = Math.min(Date.now() + maxPdfMsPerPage, documentDeadline);
      const why = pageDeadline === documentDeadline ? pdfLimitMessages.documentTime() : pdfLimitMessages.pageTime(n);
      const unwatch = watchDeadline(pageDeadline, () => stop(why));
      try {
        const page = await unless(document.getPage(n));
        const [x0 = 0, y0 = 0, x1 = 595, y1 = 842] = page.view;
        // Operators first: they come in chunks of a thousand, so a content bomb is stopped within its first chunks.
        const operators = await unless(boundedOperators(page, n, () => stop(pdfLimitMessages.operators(n))));
        const items = await unless(boundedText(page, n));
        pages.push({ width: x1 - x0, height: y1 - y0, texts: textsOf(items), segments: segmentsOf(operators, pdfjs.OPS) });
      } catch (error) {
        throw reason === undefined ? error : new PdfLimitError(reason);
      } finally {
        unwatch();
      }
      if (reason !== undefined) throw new PdfLimitError(reason);
    }
    return pages;
  } finally {
    await document.destroy().catch(() => undefined);
  }
}
