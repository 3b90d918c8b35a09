// Checks what the browser has stored with the same reader and schema as a report file. Loaded on start
// with the draft store (zod stays out of the first script).
import { emptyReport } from '../model/emptyReport.ts';
import { readReport } from '../model/readReport.ts';
import { currentVersion, reportFormat } from '../model/reportFormat.ts';
import { reportSchema, type Report } from '../model/reportSchema.ts';
import { defaultReportYear } from '../model/reportYear.ts';
import type { DraftRecord } from './draftStore.ts';

/** More replaced values than this and the record is set aside instead: a repair must not make a new report. */
export const maxRepairs = 12;

export type CheckedReport = { readonly ok: true; readonly report: Report; readonly repaired: readonly string[] } | { readonly ok: false; readonly reason: string };
export type CheckedRecord = { readonly ok: true; readonly record: DraftRecord } | { readonly ok: false; readonly id: string; readonly reason: string };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) node = isObject(node) || Array.isArray(node) ? (node as Json)[key as string] : undefined;
  return node;
}

function setAt(root: Json, path: readonly PropertyKey[], value: unknown): void {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) node = (node as Json)[key as string];
  const last = path[path.length - 1];
  if (last === undefined || !(isObject(node) || Array.isArray(node))) return;
  if (value === undefined) delete (node as Json)[last as string];
  else (node as Json)[last as string] = value;
}

// The value put in place of a wrong one: the same text or number in the right type, else what a new report has.
function replacement(wrong: unknown, blank: unknown): unknown {
  if (typeof blank === 'string') return typeof wrong === 'number' || typeof wrong === 'boolean' ? String(wrong) : blank;
  if (typeof blank === 'number' && typeof wrong === 'string' && /^\s*\d+\s*$/.test(wrong)) return Number(wrong);
  return blank === undefined ? undefined : structuredClone(blank);
}

/** A list with items or an object with keys: something a repair must not throw away. */
const holdsSomething = (value: unknown): boolean =>
  (Array.isArray(value) && value.length > 0) || (isObject(value) && Object.keys(value).length > 0);

/** A stored report read as a file is; values of a wrong type replaced (at most maxRepairs), or why it cannot be. */
export function checkReport(raw: unknown, repair = true): CheckedReport {
  const first = readReport(raw);
  if (first.ok) return { ok: true, report: first.report, repaired: [] };
  if (!repair || !isObject(raw) || raw.format !== reportFormat || !isObject(raw.meta)) return { ok: false, reason: first.error };
  const candidate = structuredClone(raw);
  const year = candidate.meta as Json;
  const blank = emptyReport({ year: Number.isInteger(year.year) ? (year.year as number) : defaultReportYear(), agency: '' }) as unknown as Json;
  const repaired: string[] = [];
  if (candidate.version !== currentVersion && typeof candidate.version !== 'number') {
    candidate.version = currentVersion;
    repaired.push('version');
  }
  for (let round = 0; round < maxRepairs && repaired.length <= maxRepairs; round += 1) {
    const parsed = reportSchema.safeParse(candidate);
    if (parsed.success) break;
    for (const issue of parsed.error.issues) {
      const wrong = valueAt(candidate, issue.path);
      // Only a single value is ever replaced: a list or object in the wrong place (a table turned into an array of
      // two million numbers) may hold what the clerk typed, so the record is set aside whole, as other damage is.
      if (holdsSomething(wrong)) return { ok: false, reason: `${first.error}（存储的数据中“${issue.path.map(String).join('.') || '报告'}”处是一组数据而不是应有的内容，为免丢失，原样另存，不作修补）` };
      setAt(candidate, issue.path, replacement(wrong, valueAt(blank, issue.path)));
      repaired.push(issue.path.map(String).join('.') || '文件');
    }
  }
  const again = readReport(candidate);
  if (!again.ok || repaired.length > maxRepairs) return { ok: false, reason: first.error };
  return { ok: true, report: again.report, repaired };
}

/** A record of the drafts store: the report checked as above, the record's own fields put right. */
export function checkRecord(raw: unknown): CheckedRecord {
  const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : '';
  if (!isObject(raw) || id === '') return { ok: false, id, reason: '草稿记录不完整' };
  const checked = checkReport(raw.report);
  if (!checked.ok) return { ok: false, id, reason: checked.reason };
  const now = new Date().toISOString();
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
  const revision = typeof raw.revision === 'number' && Number.isInteger(raw.revision) && raw.revision >= 0 ? raw.revision : 0;
  const name = typeof raw.name === 'string' && raw.name !== '' ? raw.name : undefined;
  const record: DraftRecord = {
    id,
    report: checked.report,
    createdAt: text(raw.createdAt, now),
    updatedAt: text(raw.updatedAt, now),
    revision,
    ...(name ? { name } : {}),
    ...(checked.repaired.length > 0 ? { repaired: checked.repaired } : {}),
  };
  return { ok: true, record };
}
