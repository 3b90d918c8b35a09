import { describe, expect, it } from 'vitest';
import { readReport, readReportText } from '../../src/model/readReport.ts';
import { emptyReport } from '../../src/model/emptyReport.ts';
import { getCell } from '../../src/model/cellAccess.ts';

const base = { format: 'gov-info-annual-report', version: 1, template: '2021', meta: { agency: '示例县交通运输局', year: 2024 } };

describe('readReport', () => {
  it('reads a file holding only the tables; missing cells are blank and missing text is empty', () => {
    const read = readReport({ ...base, tables: { requests: { received: { natural: 3 } } } });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(getCell(read.report, 'tables.requests.received.natural')).toBe(3);
    expect(getCell(read.report, 'tables.requests.received.total')).toBeNull();
    expect(getCell(read.report, 'tables.active.fees.amount')).toBeNull();
    expect(read.report.text.problems).toBe('');
    expect(read.report.text.overview.sections).toEqual([]);
  });

  it('keeps unknown keys at every level', () => {
    const read = readReport({ ...base, extra: { a: 1 }, meta: { ...base.meta, reviewer: '张三' }, tables: { requests: { note: 'x' } } });
    expect(read.ok && (read.report as Record<string, unknown>).extra).toEqual({ a: 1 });
    expect(read.ok && (read.report.meta as Record<string, unknown>).reviewer).toBe('张三');
    expect(read.ok && (read.report.tables.requests as Record<string, unknown>).note).toBe('x');
  });

  it('keeps a cell of the wrong JSON type as text, to be flagged instead of dropped', () => {
    const read = readReport({ ...base, tables: { appeals: { review: { upheld: true, pending: '３' } } } });
    expect(read.ok && getCell(read.report, 'tables.appeals.review.upheld')).toBe('true');
    expect(read.ok && getCell(read.report, 'tables.appeals.review.pending')).toBe('３');
  });

  it('round-trips a new report through JSON', () => {
    const report = emptyReport({ year: 2025, agency: '示例市生态环境局' });
    const read = readReportText(JSON.stringify(report));
    expect(read).toEqual({ ok: true, report });
  });

  it.each([
    ['not JSON', '{', '不是有效的 JSON 文件，无法读取'],
    ['an array', '[]', '不是年度报告文件：内容不是一个 JSON 对象'],
    ['a wrong format string', JSON.stringify({ ...base, format: 'other', tables: {} }), '不是年度报告文件：format 应为 "gov-info-annual-report"，实为 "other"'],
    ['a newer version', JSON.stringify({ ...base, version: 2, tables: {} }), '文件版本 2 比本程序支持的版本 1 新，请升级本程序后再打开'],
    ['missing tables', JSON.stringify(base), '文件缺少统计表（tables）'],
    ['a bad year', JSON.stringify({ ...base, meta: { agency: 'x', year: 'abc' }, tables: {} }), expect.stringMatching(/^文件内容有误：报告年度（meta\.year）应为数字，实为文字 "abc"；/)],
  ])('refuses %s with a one-line explanation', (_name, text, error) => {
    const read = readReportText(text);
    expect(read).toEqual({ ok: false, error });
    if (!read.ok) expect(read.error).not.toContain('\n');
  });

  it('reads a file with a UTF-8 byte order mark', () => {
    expect(readReportText(`\uFEFF${JSON.stringify({ ...base, tables: {} })}`).ok).toBe(true);
  });
});

describe('emptyReport', () => {
  it('is exactly what the schema reads it as: every cell present and blank, every text part empty', () => {
    const report = emptyReport({ year: 2025, agency: '示例县交通运输局', agencyKind: 'government' });
    expect(readReport(JSON.parse(JSON.stringify(report)))).toEqual({ ok: true, report });
    expect(getCell(report, 'tables.requests.declined.stateSecret.natural')).toBeNull();
    expect(JSON.stringify(report.tables).match(/null/g)).toHaveLength(200);
  });
});
