import type { Review } from '../../model/review/reviewReports.ts';
import { columnsFor } from './reviewColumns.ts';

// A field with a comma, quote or line break is quoted (RFC 4180); a leading = + - @ is defused for Excel.
function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) && !/^[+-]?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The review table as CSV, one row per report, UTF-8 with a BOM so Excel and WPS read the Chinese right. */
export function renderReviewCsv(review: Review): string {
  const reviewColumns = columnsFor(review.reviewed.map((r) => r.row));
  const lines = [
    reviewColumns.map((column) => csvField(column.label)).join(','),
    ...review.reviewed.map(({ row }) => reviewColumns.map((column) => csvField(column.text(row))).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
