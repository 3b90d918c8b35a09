// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cellsOfTable } from '../../../src/model/cellCatalog.ts';
import { requestsRowHelp } from '../../../src/template/requestsRowHelp.ts';
import { input, mountGrid, r } from './gridHarness.tsx';

describe('行说明 for table 三', () => {
  it('has a text for every row of table 三 and none for rows it does not have', () => {
    const rows = new Set(cellsOfTable('requests').map((cell) => cell.rowKeys.join('.')));
    expect(new Set(Object.keys(requestsRowHelp))).toEqual(rows);
    for (const text of Object.values(requestsRowHelp)) expect(text).toMatch(/。$/);
  });

  it('shows nothing until asked, then says what the focused cell\'s row counts, following the focus', async () => {
    const user = userEvent.setup();
    const { container } = mountGrid('requests');
    expect(container.querySelector('[data-row-help]')).toBeNull();
    await user.click(screen.getByRole('button', { name: '行说明：这一行填什么？' }));
    expect(container.querySelector('[data-row-help]')?.textContent).toContain('点选表格中的一格');
    await user.click(input(container, r('declined.stateSecret', 'natural')));
    expect(container.querySelector('[data-row-help]')?.textContent).toMatch(/（三）不予公开.*1\.属于国家秘密：/);
    expect(container.querySelector('[data-row-help]')?.textContent).toContain(requestsRowHelp['declined.stateSecret']);
    await user.keyboard('{ArrowDown}');
    expect(container.querySelector('[data-row-help]')?.textContent).toContain('法律、行政法规禁止公开');
    await user.click(screen.getByRole('button', { name: '收起行说明' }));
    expect(container.querySelector('[data-row-help]')).toBeNull();
  });

  it('is only on table 三', () => {
    mountGrid('appeals');
    expect(screen.queryByRole('button', { name: /行说明/ })).toBeNull();
  });
});
