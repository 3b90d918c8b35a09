import type { DraftRecord } from './draftStore.ts';

/** What the drafts list calls a draft: the clerk's name for it, or agency and year. */
export function draftName(record: DraftRecord): string {
  if (record.name) return record.name;
  const agency = record.report.meta.agency.trim() || '未填写机关名称';
  return `${agency} ${record.report.meta.year}年度`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 2026-01-20T08:05:00Z → 2026年1月20日 16:05 (local time). */
export function formatSavedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日 ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
