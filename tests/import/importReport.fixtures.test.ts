import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/importReport.ts';
import { fixtureFigures } from './fixtureFigures.ts';
import { allCells, readFixture } from './readFixture.ts';

const overviewSections = [
  { heading: '主动公开', body: '本局在门户网站发布道路养护、客运班线调整和招标结果等信息326条，重要政策均配发图文解读。' },
  { heading: '依申请公开', body: '本年新收申请13件，上年结转1件，均在法定期限内答复，结转下年度1件。' },
  { heading: '政府信息管理', body: '建立信息发布前审核台账，每月检查一次栏目更新情况，过期信息及时标注。' },
  { heading: '平台建设', body: '对“交通出行”专栏进行了改版，增加了公交线路查询入口和路况提示。' },
  { heading: '监督保障', body: '把公开工作纳入科室年度考核，全年开展内部培训1次，聘请2名群众监督员。' },
];

async function imported(name: string, kind: 'text' | 'html') {
  const result = await importReport({ kind, data: readFixture(name) });
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('importReport: text copied from a page, one row per line with |', () => {
  it('reads every cell by its label, with spaced headers, ASCII brackets and truncated 结果', async () => {
    const { report } = await imported('pipe-rows.txt', 'text');
    expect(allCells(report)).toEqual({ ...fixtureFigures, 'tables.active.coercion.decisions': null });
  });

  it('leaves the blank 行政强制 cell blank and lists it, with its cell path', async () => {
    const { notes } = await imported('pipe-rows.txt', 'text');
    const cellNotes = notes.filter((note) => note.paths.some((path) => path.startsWith('tables.')));
    expect(cellNotes).toEqual([
      { level: 'warning', paths: ['tables.active.coercion.decisions'], message: '表二「行政强制 / 本年处理决定数量」为空白，已留空' },
    ]);
  });

  it('reads title, preamble, the run-in and stand-alone sub-headings of 一, 五, 六, signature and date', async () => {
    const { report, notes } = await imported('pipe-rows.txt', 'text');
    expect(report.meta).toMatchObject({ agency: '示例县交通运输局', year: 2024, issuedOn: '2025-01-18', agencyKind: 'department' });
    expect(report.text.preamble).toMatch(/^本报告按照/);
    expect(report.text.overview.intro).toMatch(/^2024年，示例县交通运输局/);
    expect(report.text.overview.sections).toEqual(overviewSections);
    expect(report.text.problems.split('\n')).toHaveLength(2);
    expect(report.text.other).toBe('本年度未收取政府信息公开信息处理费。');
    expect(notes.some((note) => note.message.includes('网页内容'))).toBe(true);
  });
});

describe('importReport: text copied from a page, one cell per line', () => {
  it('reads all 200 cells, 规范性文件 read as 行政规范性文件', async () => {
    const { report } = await imported('cell-per-line.txt', 'text');
    expect(allCells(report)).toEqual(fixtureFigures);
  });

  it('takes the agency from the signature, the year from 统计期限 and a date in Chinese numerals', async () => {
    const { report } = await imported('cell-per-line.txt', 'text');
    expect(report.meta).toMatchObject({ agency: '某某市市场监督管理局', year: 2023, issuedOn: '2024-01-25' });
  });

  it('files parts by their headings when 六 comes before 五, and names the missing 二 heading', async () => {
    const { report, notes } = await imported('cell-per-line.txt', 'text');
    expect(report.text.problems).toBe('信息更新的及时性仍有差距，基层所的公开栏目维护力量不足。');
    expect(report.text.other).toBe('全年没有收取信息处理费，也没有发出收费通知。');
    expect(report.text.overview.sections).toEqual([]);
    expect(report.text.overview.intro.split('\n')).toHaveLength(2);
    expect(notes.map((note) => note.message)).toContain('未找到标题「二、主动公开政府信息情况」，请核对');
  });
});

describe('importReport: HTML', () => {
  it.each(['published-page.html', 'pasted-fragment.html'])('%s: every cell, meta and text, no script or navigation text', async (name) => {
    const { report, notes } = await imported(name, 'html');
    expect(allCells(report)).toEqual(fixtureFigures);
    expect(report.meta).toMatchObject({ agency: '示例县交通运输局', year: 2024, issuedOn: '2025-01-18' });
    expect(report.text.overview.sections).toEqual(overviewSections);
    expect(JSON.stringify(report.text)).not.toMatch(/不是正文|首页|网站标识码/);
    expect(notes.filter((note) => note.level === 'warning')).toEqual([]);
  });
});

describe('importReport: the 2019 trial format', () => {
  it('is recognised and refused with the reason, not mapped onto the 2021 tables', async () => {
    const result = await importReport({ kind: 'text', data: readFixture('trial-format-2019.txt') });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/2019年试行格式.*本年新制作数量/);
  });
});

describe('importReport: the 2019 table 三 alone', () => {
  it('is recognised by （六）其他处理 printed as one row with figures', async () => {
    const text = readFixture('pipe-rows.txt').replace(
      /\(六\)其他处理 \| 1\.申请人无正当理由[^\n]*\n[^\n]*\n3\.其他 \|[^\n]*/,
      '(六)其他处理 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |',
    );
    expect(text).not.toContain('3.其他');
    const result = await importReport({ kind: 'text', data: text });
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/2019年试行格式.*（六）其他处理/) });
  });
});
