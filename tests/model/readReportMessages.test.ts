import { describe, expect, it } from 'vitest';
import { readReport } from '../../src/model/readReport.ts';
import { nestsDeeperThan } from '../../src/model/nestingDepth.ts';
import { validateReport } from '../../src/model/validateReport.ts';
import { emptyReport } from '../../src/model/emptyReport.ts';

const base = emptyReport({ year: 2025, agency: '示例县交通运输局' });
const errorOf = (json: unknown) => {
  const read = readReport(json);
  return read.ok ? 'read' : read.error;
};

describe('readReport messages name the field in Chinese and say what it holds', () => {
  it.each([
    ['a missing agency', { ...base, meta: { year: 2025 } }, /^文件内容有误：缺少机关全称（meta\.agency）；请/],
    ['a missing version (a damaged key)', (({ version: _version, ...rest }) => ({ ...rest, '#ersion': 1 }))(base), /^文件缺少版本号（version），可能已损坏/],
    ['a year out of range', { ...base, meta: { ...base.meta, year: 1999 } }, /报告年度（meta\.year）不能小于 2000，实为数字 1999；/],
    ['a decimal year', { ...base, meta: { ...base.meta, year: 2025.5 } }, /报告年度（meta\.year）应为整数，实为数字 2025\.5；/],
    ['an unknown agency kind', { ...base, meta: { ...base.meta, agencyKind: 'bureau' } }, /机关类型（meta\.agencyKind）应为 "department"、"government"、"other" 之一，实为文字 "bureau"；/],
    ['a date in another format', { ...base, meta: { ...base.meta, issuedOn: '2025年1月20日' } }, /成文日期（meta\.issuedOn）的格式不对，日期应写作 YYYY-MM-DD（如 2025-01-20），实为文字 "2025年1月20日"；/],
    ['a part of the text that is a number', { ...base, text: { ...base.text, problems: 3 } }, /五、存在的主要问题及改进情况（text\.problems）应为文字，实为数字 3；/],
    ['a sub-section body that is null', { ...base, text: { ...base.text, overview: { intro: '', sections: [{ heading: '（一）主动公开', body: null }] } } }, /一、总体情况第 1 个小节的正文（text\.overview\.sections\.0\.body）应为文字，实为空值 null；/],
    ['a font profile that is a list', { ...base, meta: { ...base.meta, fontProfile: ['gb2312'] } }, /字体方案（meta\.fontProfile）应为 "gb2312"、"windows" 之一，实为列表；/],
  ])('%s', (_name, json, message) => {
    const error = errorOf(json);
    expect(error).toMatch(message);
    expect(error).not.toMatch(/Invalid|expected|received|Too small|must/);
  });

  it('refuses nesting deeper than 64 levels without walking it recursively', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200000; i += 1) deep = [deep];
    expect(errorOf({ ...base, meta: { ...base.meta, note: deep } })).toMatch(/^不是年度报告文件：内容嵌套超过 64 层/);
    expect(nestsDeeperThan({ a: { b: [[1]] } }, 4)).toBe(false);
    expect(nestsDeeperThan({ a: { b: [[[1]]] } }, 4)).toBe(true);
  });

  it('calls a count of 1e308 too large, not a decimal; a fee likewise', () => {
    const tables = JSON.parse(JSON.stringify(base.tables)) as Record<string, Record<string, Record<string, unknown>>>;
    (tables.requests as Record<string, Record<string, unknown>>).received = { natural: 1e308 };
    (tables.active as Record<string, Record<string, unknown>>).fees = { amount: 1e300 };
    const read = readReport({ ...base, tables });
    if (!read.ok) throw new Error(read.error);
    const messages = validateReport(read.report).filter((f) => f.rule === 'invalid-value').map((f) => f.message);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/“1e\+308”数值过大（超过 16 位数），不可能是件数/),
      expect.stringMatching(/“1e\+300”数值过大（超过 16 位数），不可能是金额（万元）/),
    ]));
  });
});
