import { getCell } from '../cellAccess.ts';
import { cellCatalog } from '../cellCatalog.ts';
import { overviewText } from '../overviewText.ts';
import type { Report } from '../reportSchema.ts';
import type { Evidence } from './assessmentResult.ts';

const parts: readonly { readonly path: string; readonly name: string; readonly read: (report: Report) => string }[] = [
  { path: 'text.preamble', name: '开头段落', read: (r) => r.text.preamble },
  { path: 'text.overview.intro', name: '一、总体情况', read: (r) => overviewText(r.text.overview) },
  { path: 'text.active', name: '二的说明', read: (r) => r.text.active },
  { path: 'text.requests', name: '三的说明', read: (r) => r.text.requests },
  { path: 'text.appeals', name: '四的说明', read: (r) => r.text.appeals },
  { path: 'text.problems', name: '五、存在的主要问题及改进情况', read: (r) => r.text.problems },
  { path: 'text.other', name: '六、其他需要报告的事项', read: (r) => r.text.other },
];

// Copies are compared as published: layout, spaces and full-/half-width punctuation do not count.
const comparable = (text: string) => text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

function firstDifference(a: string, b: string): string {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  const context = (text: string) => (start >= text.length ? '（此后没有文字）' : text.slice(Math.max(0, start - 6), start + 18));
  return `“${context(a)}” / “${context(b)}”`;
}

const maxPlaces = 10;

/**
 * Where two copies of one agency-year differ in content (spec §2 `changed`): cells whose values differ and
 * text parts whose words differ, at most 10 places; [] when the content is the same. Evidence quotes
 * this copy first, then the other.
 */
export function compareCopies(report: Report, other: Report): Evidence[] {
  const cells: Evidence[] = cellCatalog.flatMap((cell) => {
    const a = getCell(report, cell.path);
    const b = getCell(other, cell.path);
    return a === b ? [] : [{ cell: cell.path, quote: `「${cell.name}」：${a ?? '空白'} / ${b ?? '空白'}` }];
  });
  const text: Evidence[] = parts.flatMap((part) => {
    const a = comparable(part.read(report));
    const b = comparable(part.read(other));
    return a === b ? [] : [{ part: part.path, quote: `${part.name}：${firstDifference(a, b)}` }];
  });
  const dates: Evidence[] = (report.meta.issuedOn ?? null) === (other.meta.issuedOn ?? null) ? []
    : [{ cell: 'meta.issuedOn', quote: `成文日期：${report.meta.issuedOn ?? '空白'} / ${other.meta.issuedOn ?? '空白'}` }];
  return [...dates, ...text, ...cells].slice(0, maxPlaces);
}
