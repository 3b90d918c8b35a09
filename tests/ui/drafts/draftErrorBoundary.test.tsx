// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyReport } from '../../../src/model/emptyReport.ts';
import { DraftErrorBoundary } from '../../../src/ui/drafts/DraftErrorBoundary.tsx';
import { createMemoryDraftStore } from '../../../src/storage/memoryDraftStore.ts';

function Broken(): never {
  throw new TypeError("Cannot read properties of null (reading 'trim')");
}

describe('the error boundary around the wizard', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows a Chinese way out instead of a blank page: save the draft as a file, go to the drafts list', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = createMemoryDraftStore();
    const draft = await store.create(emptyReport({ year: 2025, agency: '某某县审计局' }));
    const onShowDrafts = vi.fn();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:x';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(
      <DraftErrorBoundary draftId={draft.id} store={store} onShowDrafts={onShowDrafts}>
        <Broken />
      </DraftErrorBoundary>,
    );
    await screen.findByRole('button', { name: '保存为文件' });
    expect(screen.getByRole('alert').textContent).toContain('这份草稿无法显示');
    expect(document.body.textContent).not.toMatch(/Cannot read|TypeError/);
    fireEvent.click(screen.getByRole('button', { name: '保存为文件' }));
    await waitFor(() => expect(created.length).toBe(1));
    expect(JSON.parse(await created[0]!.text()).meta.agency).toBe('某某县审计局');
    fireEvent.click(screen.getByRole('button', { name: '草稿与文件' }));
    expect(onShowDrafts).toHaveBeenCalledTimes(1);
  });
});
