// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { userEvent } from '@testing-library/user-event';
import { screen } from '@testing-library/react';
import { input, mountGrid, r, reportWith } from './gridHarness.tsx';

const row = ['natural', 'commercial', 'research', 'nonprofit', 'legalService', 'otherOrg', 'total'];

async function pasteAt(path: string, text: string, report = reportWith()) {
  const user = userEvent.setup();
  const mounted = mountGrid('requests', report);
  await user.click(input(mounted.container, path));
  await user.paste(text);
  const value = (p: string) => mounted.form.getValues(p as never);
  return { ...mounted, user, value };
}

describe('TableGrid paste', () => {
  it('an Excel / WPS block fills from the active cell right and down', async () => {
    const { value } = await pasteAt(r('received', 'commercial'), '1\t2\t3\r\n4\t5\t6\r\n');
    expect([r('received', 'commercial'), r('received', 'research'), r('received', 'nonprofit')].map(value)).toEqual([1, 2, 3]);
    expect([r('carriedOver', 'commercial'), r('carriedOver', 'research'), r('carriedOver', 'nonprofit')].map(value)).toEqual([4, 5, 6]);
    expect(value(r('received', 'natural'))).toBeNull();
  });

  it('a web row separated by | fills the row, units and full-width digits read', async () => {
    const { value, container } = await pasteAt(r('received', 'natural'), '| １２件 | 3 件 | 0 | 0 | 1 | 0 | 16 |');
    expect(row.map((col) => value(r('received', col)))).toEqual([12, 3, 0, 0, 1, 0, 16]);
    expect(input(container, r('received', 'natural')).value).toBe('12');
  });

  it('numbers one per line fill the row', async () => {
    const { value } = await pasteAt(r('carriedOver', 'natural'), '2\n0\n1\n');
    expect(['natural', 'commercial', 'research'].map((col) => value(r('carriedOver', col)))).toEqual([2, 0, 1]);
  });

  it('a web row with its label and spaces fills the row', async () => {
    const { value } = await pasteAt(r('received', 'natural'), '一、本年新收政府信息公开申请数量 5 1 0 0 0 0 6');
    expect(row.map((col) => value(r('received', col)))).toEqual([5, 1, 0, 0, 0, 0, 6]);
  });

  it('a paste that does not fit is refused with a Chinese message and changes nothing', async () => {
    const { value } = await pasteAt(r('received', 'otherOrg'), '1\t2\t3', reportWith({ [r('received', 'otherOrg')]: 9 }));
    expect(screen.getByRole('status').textContent).toContain('没有粘贴任何内容');
    expect(screen.getByRole('status').textContent).toContain('只有 2 格可填');
    expect(value(r('received', 'otherOrg'))).toBe(9);
    expect(value(r('received', 'total'))).toBeNull();
  });

  it('a block taller than the table is refused', async () => {
    const { value } = await pasteAt(r('carriedForward', 'natural'), '1\t1\n2\t2');
    expect(screen.getByRole('status').textContent).toContain('往下只有 1 行可填');
    expect(value(r('carriedForward', 'natural'))).toBeNull();
  });

  it('Ctrl+Z undoes a whole paste in one step', async () => {
    const { value, user } = await pasteAt(r('received', 'natural'), '1\t2\n3\t4', reportWith({ [r('received', 'natural')]: 9 }));
    expect(value(r('carriedOver', 'commercial'))).toBe(4);
    await user.keyboard('{Control>}z{/Control}');
    expect([value(r('received', 'natural')), value(r('received', 'commercial')), value(r('carriedOver', 'natural')), value(r('carriedOver', 'commercial'))])
      .toEqual([9, null, null, null]);
  });
});

describe('TableGrid paste of a copied table with its headings', () => {
  it('leaves out header rows and row labels, fills the figures, and says what it left out', async () => {
    const copied = [
      '\t\t\t自然人\t商业企业',
      '一、本年新收政府信息公开申请数量\t\t\t5\t1',
      '二、上年结转政府信息公开申请数量\t\t\t2\t0',
    ].join('\r\n');
    const { value } = await pasteAt(r('received', 'natural'), copied);
    expect([value(r('received', 'natural')), value(r('received', 'commercial')), value(r('carriedOver', 'natural')), value(r('carriedOver', 'commercial'))])
      .toEqual([5, 1, 2, 0]);
    expect(screen.getByRole('status').textContent).toContain('略去了复制进来的表头 1 行、行标题 3 列');
  });

  it('one text value pasted into a cell is kept as typed and flagged', async () => {
    const { value, container } = await pasteAt(r('received', 'natural'), '无');
    expect(value(r('received', 'natural'))).toBe('无');
    expect(input(container, r('received', 'natural')).getAttribute('aria-invalid')).toBe('true');
  });
});
