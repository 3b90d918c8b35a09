import type { Report } from './reportSchema.ts';
import { sha256Hex } from './sha256.ts';

// JSON with object keys sorted: the same content gives the same text whatever order the file had.
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonical(v)}`).join(',')}}`;
}

/**
 * The fingerprint of what a report publishes (recorded in every exported .docx and .html): SHA-256 of the
 * canonical JSON of its agency, year, 成文日期, text and tables. Drafting data (acknowledgements, last year,
 * fonts) does not count.
 */
export function reportContentHash(report: Report): string {
  const { agency, year, issuedOn } = report.meta;
  return sha256Hex(canonical({ agency, year, issuedOn: issuedOn ?? null, text: report.text, tables: report.tables }));
}
