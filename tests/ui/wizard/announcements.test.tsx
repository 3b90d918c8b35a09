// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../src/ui/App.tsx';
import { createMemoryDraftStore } from '../../../src/storage/memoryDraftStore.ts';
import { announcePauseMs } from '../../../src/ui/wizard/FindingsAnnouncer.tsx';

const announcer = () => document.querySelector('[data-announcer="findings"]')!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('what the page announces while a cell is filled', () => {
  it('has one polite live region for the checks; the findings panel and the save line are not live', async () => {
    render(<App store={createMemoryDraftStore()} />);
    await screen.findByRole('heading', { name: '基本信息' }, { timeout: 10_000 });
    expect(announcer().getAttribute('aria-live')).toBe('polite');
    expect(document.querySelector('.findings-panel [aria-live]')).toBeNull();
    expect(document.querySelector('[data-save][role="status"]')).toBeNull();
    await sleep(announcePauseMs + 500);
    expect(announcer().textContent).toBe('');
    // Besides it, only the static line of a browser that refuses storage (this memory store) is a status.
    const live = [...document.querySelectorAll('[aria-live], [role="status"], [role="alert"]')].filter((element) => element.closest('.app'));
    expect(live.filter((element) => element !== announcer()).map((element) => element.textContent)).toEqual(['此浏览器不允许保存草稿，请随时“保存为文件”']);
  }, 30_000);

  it('announces a new error once, after the pause, and nothing for a figure that breaks nothing', async () => {
    const user = userEvent.setup();
    render(<App store={createMemoryDraftStore()} />);
    await screen.findByRole('heading', { name: '基本信息' }, { timeout: 10_000 });
    await user.click(screen.getByRole('button', { name: /^三、收到和处理政府信息公开申请情况/ }));
    const cell = (path: string) => waitFor(() => {
      const input = document.querySelector<HTMLInputElement>(`[data-cell="${path}"]`);
      if (!input) throw new Error('grid not rendered yet');
      return input;
    }, { timeout: 10_000 });
    // A figure in a blank table: only a blank-cell warning goes, nothing to say.
    await user.click(await cell('tables.requests.received.natural'));
    await user.keyboard('5');
    await sleep(announcePauseMs + 800);
    expect(announcer().textContent).toBe('');
    // A negative count: one error, said once, after the pause, not before.
    await user.click(await cell('tables.requests.received.commercial'));
    await user.keyboard('-3');
    await user.tab();
    await sleep(200);
    expect(announcer().textContent).toBe('');
    await waitFor(() => expect(announcer().textContent).toMatch(/^新错误：.*商业企业/), { timeout: announcePauseMs + 3000 });
  }, 30_000);
});
