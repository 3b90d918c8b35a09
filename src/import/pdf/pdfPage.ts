/** A run of text on a PDF page: x/y of its baseline start in points, y up from the page foot. */
export type PdfText = { readonly text: string; readonly x: number; readonly y: number; readonly width: number; readonly size: number };

/** A straight drawn line (or the long side of a thin filled box): table borders. */
export type PdfSegment = { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number };

export type PdfPage = { readonly width: number; readonly height: number; readonly texts: readonly PdfText[]; readonly segments: readonly PdfSegment[] };
