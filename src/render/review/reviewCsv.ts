import type { Review } from '../../model/review/reviewReports.ts';
import { spreadsheetText } from '../spreadsheetText.ts';
import { columnsFor } from './reviewColumns.ts';

// A field with a comma, quote or line break is quoted (RFC 4180); one that could run as a formula is defused.
function csvField(text: string): string {
  const safe = spreadsheetText(text);
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
