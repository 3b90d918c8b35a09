import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellCatalog } from '../../../src/model/cellCatalog.ts';
import { readReport } from '../../../src/model/readReport.ts';
import { checkNarrative } from '../../../src/model/narrative/checkNarrative.ts';
import { parseCount } from '../../../src/model/chineseNumber.ts';
import { zeroReport } from '../../fixtures/buildReport.ts';
import { withText } from './narrativeFixture.ts';

// Text built from the words the checks look for, so the arbitrary input reaches deep into every pattern.
const words = fc.constantFrom(
  '收到', '申请', '政府信息公开', '件', '起', '12', '十二', '两', '零', '百', '，', '。', '；', '、', '（', '）', '\n',
  '予以公开', '主动公开', '不予公开', '其中', '结转下年度', '上年结转', '办结', '均已按时答复', '未发生', '行政复议', '行政诉讼',
  '规范性文件', '规章', '废止', '现行有效', '制定', '信息处理费', '收费通知', '未', '2024年', '2025年', '1月1日至', '12月31日',
  '本年度', '万元', '行政处罚决定', '考核', '无', '略',
);
const narrative = fc.oneof(fc.string({ maxLength: 60 }), fc.array(words, { maxLength: 50 }).map((w) => w.join('')));
const cellValue = fc.oneof(fc.constant(null), fc.nat(1000), fc.integer({ min: -5, max: 5 }), fc.double(), fc.string({ maxLength: 4 }));

describe('checkNarrative never throws', () => {
  it('on arbitrary text in every part', () => {
    fc.assert(
      fc.property(fc.array(narrative, { minLength: 10, maxLength: 10 }), (texts) => {
        const [preamble = '', intro = '', s0 = '', s1 = '', s2 = '', active = '', requests = '', appeals = '', problems = '', other = ''] = texts;
        const report = withText(zeroReport(), { preamble, intro, sections: [s0, s1, s2], active, requests, appeals, problems, other });
        const findings = checkNarrative(report);
        for (const finding of findings) {
          expect(finding.severity).toBe('warning');
          expect(finding.cells[0]).toMatch(/^text\./);
          expect(finding.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary reports: any cell values, any meta, any headings', () => {
    const paths = cellCatalog.map((c) => c.path);
    fc.assert(
      fc.property(
        fc.array(cellValue, { minLength: paths.length, maxLength: paths.length }),
        fc.array(fc.record({ heading: fc.string({ maxLength: 8 }), body: narrative }), { maxLength: 7 }),
        fc.constantFrom('department', 'government', 'other'),
        fc.integer({ min: 2000, max: 2100 }),
        (values, sections, agencyKind, year) => {
          const tables: Record<string, Record<string, unknown>> = {};
          const parsed = readReport({
            format: 'gov-info-annual-report', version: 1, template: '2021',
            meta: { agency: '某某市生态环境局', year, agencyKind },
            text: { overview: { intro: '', sections }, other: sections[0]?.body ?? '' },
            tables,
          });
          if (!parsed.ok) return;
          let report = parsed.report;
          paths.forEach((path, i) => {
            const keys = path.split('.');
            let node: Record<string, unknown> = report as unknown as Record<string, unknown>;
            for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
            node[keys.at(-1) ?? ''] = values[i] ?? null;
          });
          report = { ...report };
          expect(() => checkNarrative(report)).not.toThrow();
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('parseCount', () => {
  it.each([
    ['12', 12], ['１２', 12], ['十二', 12], ['二十', 20], ['两', 2], ['一百零五', 105], ['三百', 300], ['〇', 0], ['1.5', 1.5],
  ])('%s = %d', (written, value) => {
    expect(parseCount(written)).toBe(value);
  });

  it.each(['一一', '十十', '百二十', '', 'abc'])('“%s” is not a count', (written) => {
    expect(parseCount(written)).toBeUndefined();
  });
});
