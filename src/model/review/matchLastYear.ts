import type { Report } from '../reportSchema.ts';
import { agencyKey, fileNameKey } from './agencyKey.ts';

export type ReadReport = { readonly file: string; readonly report: Report };

/** The key that matches one agency's reports across years: its name, or else its file name. */
export function reviewKey(entry: ReadReport): string {
  const byName = agencyKey(entry.report.meta.agency);
  return byName !== '' ? byName : `file:${fileNameKey(entry.file)}`;
}

/**
 * For each report, the same agency's report of the year before among the inputs (index into
 * `entries`), or null. Where one agency has two reports for a year, the first file (by name) wins.
 */
export function matchLastYear(entries: readonly ReadReport[]): (number | null)[] {
  const byKeyYear = new Map<string, number>();
  const order = entries.map((_, i) => i).sort((a, b) => (entries[a]?.file ?? '').localeCompare(entries[b]?.file ?? ''));
  for (const i of order) {
    const entry = entries[i];
    if (!entry) continue;
    const slot = `${reviewKey(entry)}|${entry.report.meta.year}`;
    if (!byKeyYear.has(slot)) byKeyYear.set(slot, i);
  }
  return entries.map((entry) => byKeyYear.get(`${reviewKey(entry)}|${entry.report.meta.year - 1}`) ?? null);
}
