import type { Report } from '../model/reportSchema.ts';

// Every character XML 1.0 forbids (§2.2 Char): C0 controls but tab, LF and CR; U+FFFE and U+FFFF; lone surrogates.
// Word and LibreOffice refuse a .docx holding one; in HTML, NUL and the others are parse errors.
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML 1.0 forbids. */
export function xmlSafeText(text: string): string {
  return text.replace(forbidden, '');
}

function cleaned(value: unknown): unknown {
  if (typeof value === 'string') return xmlSafeText(value);
  if (Array.isArray(value)) return value.map(cleaned);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [xmlSafeText(key), cleaned(child)]));
  }
  return value;
}

/**
 * The report with every string (meta, text, cells kept as text, unknown keys) stripped of what XML 1.0
 * forbids: the one boundary the .docx and HTML renderers put their input through.
 */
export function xmlSafeReport(report: Report): Report {
  return cleaned(report) as Report;
}
