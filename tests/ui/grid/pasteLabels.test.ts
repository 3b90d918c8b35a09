import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../src/ui/grid/parsePaste.ts';
import { withoutLabels } from '../../../src/ui/grid/pasteLabels.ts';

describe('withoutLabels', () => {
  it('leaves out the header rows and row-label columns of a table copied from Excel', () => {
    const copied = [
      '\t\t\t申请人情况',
      '\t\t\t自然人\t商业企业',
      '一、本年新收政府信息公开申请数量\t\t\t5\t1',
      '三、本年度办理结果\t（三）不予公开\t1.属于国家秘密\t0\t0',
    ].join('\r\n');
    expect(withoutLabels(parsePaste(copied))).toEqual({ rows: [['5', '1'], ['0', '0']], headerRows: 2, labelColumns: 3 });
  });

  it('keeps a block of figures as it is, blanks and invalid values included', () => {
    expect(withoutLabels([['1', ''], ['x', '2']])).toEqual({ rows: [['1', ''], ['x', '2']], headerRows: 0, labelColumns: 0 });
  });

  it('drops a row label in front of a web row, even one starting with a digit', () => {
    expect(withoutLabels(parsePaste('1.属于国家秘密 | 3 | 0'))).toEqual({ rows: [['3', '0']], headerRows: 0, labelColumns: 1 });
  });

  it('never touches a single pasted value', () => {
    expect(withoutLabels([['无']]).rows).toEqual([['无']]);
  });
});

describe('withoutLabels keeps mistyped figures', () => {
  it('a leading invalid figure is not taken for a label', () => {
    expect(withoutLabels([['1,5', '2', '3']]).rows).toEqual([['1,5', '2', '3']]);
    expect(withoutLabels([['-3', '2'], ['x', '1']]).labelColumns).toBe(0);
  });
});
