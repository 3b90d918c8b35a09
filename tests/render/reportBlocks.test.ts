import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../src/model/emptyReport.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import { printedValue } from '../../src/render/printedValue.ts';
import { paragraphsOf, reportBlocks, subsectionNumber } from '../../src/render/reportBlocks.ts';
import { reportTitle, textWidthInChars, titleLines } from '../../src/render/reportTitle.ts';
import { signatureBlock, undatedLine } from '../../src/render/signatureBlock.ts';
import { renderPlainText } from '../../src/render/text/renderPlainText.ts';
import { fullReport } from '../fixtures/fullReport.ts';

const withMeta = (meta: Partial<Report['meta']>): Report => ({ ...fullReport, meta: { ...fullReport.meta, ...meta } });

describe('reportBlocks', () => {
  it('orders title, opening, the six parts with their tables, and the signature', () => {
    const kinds = reportBlocks(fullReport).map((b) => (b.kind === 'heading' ? `h${b.level}` : b.kind));
    expect(kinds[0]).toBe('title');
    expect(kinds.at(-1)).toBe('signature');
    expect(kinds.filter((k) => k === 'h1')).toHaveLength(6);
    expect(kinds.filter((k) => k === 'table')).toHaveLength(3);
  });

  it('numbers the sub-sections of 一 by position and leaves out an empty one without a gap', () => {
    const sections = [
      { heading: '主动公开', body: '正文一' },
      { heading: '', body: '' },
      { heading: '依申请公开', body: '' },
    ];
    const report: Report = { ...fullReport, text: { ...fullReport.text, overview: { intro: '', sections } } };
    const headings = reportBlocks(report).flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [b.text] : []));
    expect(headings).toEqual(['（一）主动公开', '（二）依申请公开']);
    expect(subsectionNumber(10)).toBe('（十一）');
    expect(subsectionNumber(25)).toBe('（26）');
  });

  it('splits stored text into paragraphs at line breaks, dropping blank lines', () => {
    expect(paragraphsOf('第一段\r\n\n  第二段  \r第三段\n')).toEqual(['第一段', '第二段', '第三段']);
  });
});

describe('title', () => {
  it('is {机关全称}{年度}年政府信息公开工作年度报告, in two balanced lines when long', () => {
    expect(reportTitle(fullReport)).toBe('示例市生态环境局2025年政府信息公开工作年度报告');
    expect(titleLines(fullReport)).toEqual(['示例市生态环境局', '2025年政府信息公开工作年度报告']);
    expect(titleLines(withMeta({ agency: '某某局' }))).toEqual(['某某局2025年政府信息公开工作年度报告']);
  });

  it('counts digits as half a character', () => {
    expect(textWidthInChars('2026年1月20日')).toBe(6.5);
  });
});

describe('signatureBlock (GB/T 9704 §7.3.5.2, without seal)', () => {
  // Positions in characters from the right edge of the text block.
  const agencyStart = (block: { agencyRightChars: number }, agencyWidth: number) => block.agencyRightChars + agencyWidth;

  it('puts the agency 2 characters in and starts the date 2 characters right of the agency', () => {
    const block = signatureBlock(withMeta({ agency: '某某县人民政府办公室', issuedOn: '2026-01-20' }));
    expect(block.agencyRightChars).toBe(2);
    expect(agencyStart(block, 10) - block.dateStartChars).toBe(2);
  });

  it('moves the agency left when the date is the longer, the date ending 2 characters in', () => {
    const block = signatureBlock(withMeta({ agency: '某局', issuedOn: '2026-01-20' }));
    expect(block.dateStartChars - 6.5).toBe(2);
    expect(agencyStart(block, 2) - block.dateStartChars).toBe(2);
  });

  it('leaves the date to be written by hand when no 成文日期 is set', () => {
    expect(signatureBlock(emptyReport({ year: 2025, agency: '某某县某某局' })).date).toBe(undatedLine);
  });
});

describe('printedValue', () => {
  it('prints blank as 0, numbers as written without exponents, invalid text as typed', () => {
    expect([null, 0, 12, 1.25, 0.0001, 1e21, '五十'].map((v) => printedValue(v))).toEqual(['0', '0', '12', '1.25', '0.0001', '1000000000000000000000', '五十']);
  });
});

describe('renderPlainText', () => {
  it('writes paragraphs indented with full-width spaces and tables as tab-separated rows', () => {
    const text = renderPlainText(fullReport);
    expect(text.startsWith('示例市生态环境局2025年政府信息公开工作年度报告\n\n　　本报告依据')).toBe(true);
    expect(text).toContain('行政事业性收费\t1.25\t\t');
    expect(text.trimEnd().endsWith('示例市生态环境局\n2026年1月20日')).toBe(true);
  });
});
