import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../src/ui/grid/parsePaste.ts';

describe('parsePaste', () => {
  it('reads an Excel / WPS block: tab-separated cells, CRLF lines, trailing newline, empty cells kept', () => {
    expect(parsePaste('1\t2\t3\r\n4\t\t6\r\n')).toEqual([['1', '2', '3'], ['4', '', '6']]);
  });

  it('reads a web-page row separated by spaces or |, dropping standalone units', () => {
    expect(parsePaste('12 3 0 1')).toEqual([['12', '3', '0', '1']]);
    expect(parsePaste('| 12 | 3 | 0 |')).toEqual([['12', '3', '0']]);
    expect(parsePaste('一、本年新收政府信息公开申请数量 12 件 3 件')).toEqual([['一、本年新收政府信息公开申请数量', '12', '3']]);
    expect(parsePaste('１２｜３　４')).toEqual([['１２', '３', '４']]);
  });

  it('reads one number per line as one row', () => {
    expect(parsePaste('12\n3\n0\n')).toEqual([['12', '3', '0']]);
  });

  it('reads several lines of several numbers as a block', () => {
    expect(parsePaste('1 2\n3 4')).toEqual([['1', '2'], ['3', '4']]);
  });

  it('keeps a single value, and words that are not numbers, as copied', () => {
    expect(parsePaste('15')).toEqual([['15']]);
    expect(parsePaste('无')).toEqual([['无']]);
  });
});
