import type { Report } from '../model/reportSchema.ts';

// Every character XML 1.0 forbids (§2.2 Char): C0 controls but tab, LF and CR; U+FFFE and U+FFFF; lone surrogates.
// Word and LibreOffice refuse a .docx holding one; in HTML, NUL and the others are parse errors.
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Invisible controls that reorder text: embeddings and overrides (U+202A–202E, e.g. the right-to-left override
// that shows “局某县” for “县某局”), isolates (U+2066–2069), the direction marks (U+200E/200F) and the Arabic
// letter mark (U+061C). A published title or sentence could be made to read otherwise than it is written.
const bidiControls = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
// The line and paragraph separators, which some programs break lines at and others do not.
const separators = /[\u2028\u2029]/g;

/** Counts the direction controls and line/paragraph separators in a text (what export removes or turns into breaks). */
export function countBidiControls(text: string): number {
  return (text.match(bidiControls)?.length ?? 0) + (text.match(separators)?.length ?? 0);
}

/** The text without the characters XML 1.0 forbids and the direction controls; separators become line breaks. */
export function xmlSafeText(text: string): string {
  return text.replace(forbidden, '').replace(bidiControls, '').replace(separators, '\n');
}

// One-line fields (the agency, dates, contact …) lose a separator instead of breaking.
function cleaned(value: unknown, oneLine: boolean): unknown {
  if (typeof value === 'string') return oneLine ? xmlSafeText(value.replace(separators, '')) : xmlSafeText(value);
  if (Array.isArray(value)) return value.map((child) => cleaned(child, oneLine));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [xmlSafeText(key.replace(separators, '')), cleaned(child, oneLine)]));
  }
  return value;
}

/**
 * The report as it is published: every string (meta, text, cells kept as text, unknown keys) stripped of what
 * XML 1.0 forbids and of the invisible controls that reorder text (bidi embeddings, overrides, isolates and marks),
 * line/paragraph separators turned into ordinary line breaks (removed in the one-line fields of meta). The one
 * boundary the .docx, HTML and CMS renderers put their input through.
 */
export function xmlSafeReport(report: Report): Report {
  const { meta, ...rest } = report;
  return { ...(cleaned(rest, false) as Omit<Report, 'meta'>), meta: cleaned(meta, true) as Report['meta'] } as Report;
}
