import { describe, expect, it } from 'vitest';
import { cellCatalog } from '../../src/model/cellCatalog.ts';
import { getCell, setCell } from '../../src/model/cellAccess.ts';
import { nextYearReport } from '../../src/model/nextYearReport.ts';
import { readReport } from '../../src/model/readReport.ts';
import { fullReport } from '../fixtures/fullReport.ts';

const withContact = { ...fullReport, meta: { ...fullReport.meta, contact: '办公室', phone: '0000-1234567', website: 'https://example.invalid', agencyKind: 'government' as const } };

describe('nextYearReport', () => {
  const next = nextYearReport(withContact);

  it('is a draft for the following year with agency, kind and contact carried over, no date', () => {
    expect(next.meta).toMatchObject({ agency: '示例市生态环境局', year: 2026, agencyKind: 'government', contact: '办公室', phone: '0000-1234567', website: 'https://example.invalid', issuedOn: null });
  });

  it('fills 二、上年结转 per column from last year\'s 四、结转下年度继续办理, and nothing else', () => {
    const carried = cellCatalog.filter((cell) => cell.path.startsWith('tables.requests.carriedOver.'));
    expect(carried.map((cell) => getCell(next, cell.path))).toEqual(carried.map((cell) => getCell(fullReport, cell.path.replace('carriedOver', 'carriedForward'))));
    const others = cellCatalog.filter((cell) => !cell.path.startsWith('tables.requests.carriedOver.'));
    expect(others.every((cell) => getCell(next, cell.path) === null)).toBe(true);
  });

  it('keeps last year\'s figures and text in meta.lastYear, and copies no text into this year', () => {
    expect(next.meta.lastYear).toMatchObject({
      year: 2025,
      carriedForward: { natural: 4, commercial: 0, total: 4 },
      inForce: { regulations: 0, normativeDocuments: 41 },
      text: { problems: fullReport.text.problems, other: fullReport.text.other, preamble: fullReport.text.preamble },
    });
    expect(next.meta.lastYear?.text.overview).toContain('（一）主动公开\n全年在门户网站');
    expect(next.text.problems).toBe('');
    expect(next.text.overview.sections.every((section) => section.body === '')).toBe(true);
  });

  it('leaves a carried-over cell blank where last year\'s was blank or invalid', () => {
    const last = setCell(setCell(fullReport, 'tables.requests.carriedForward.natural', null), 'tables.requests.carriedForward.total', '四');
    const draft = nextYearReport(last);
    expect(getCell(draft, 'tables.requests.carriedOver.natural')).toBeNull();
    expect(getCell(draft, 'tables.requests.carriedOver.total')).toBeNull();
    expect(draft.meta.lastYear?.carriedForward.natural).toBeNull();
  });

  it('survives saving and opening as JSON', () => {
    const reopened = readReport(JSON.parse(JSON.stringify(next)));
    expect(reopened).toEqual({ ok: true, report: next });
  });

  it('carries the phone, website, contact and address found in last year\'s text into empty 基本信息 fields, never over the clerk\'s', () => {
    const opening = '本报告电子版可在青石县人民政府门户网站（https://www.qingshi.example.gov.cn/zrzyj）查阅。如对本报告有疑问，请与青石县自然资源局办公室联系（电话：0578-6120000，通信地址：青石县城南路18号）。';
    const last = { ...fullReport, meta: { ...fullReport.meta, contact: undefined, phone: '', website: undefined, address: undefined }, text: { ...fullReport.text, preamble: opening } };
    expect(nextYearReport(last).meta).toMatchObject({
      phone: '0578-6120000', website: 'https://www.qingshi.example.gov.cn/zrzyj', contact: '青石县自然资源局办公室', address: '青石县城南路18号',
    });
    const own = { ...last, meta: { ...last.meta, phone: '0578-6129999' } };
    expect(nextYearReport(own).meta.phone).toBe('0578-6129999');
  });
});
