// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { useState } from 'react';
import { useForm, type DefaultValues } from 'react-hook-form';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyReport } from '../../../src/model/emptyReport.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { onDraftConflict } from '../../../src/ui/drafts/draftEvents.ts';
import type { DraftStore } from '../../../src/storage/draftStore.ts';
import { createMemoryDraftStore } from '../../../src/storage/memoryDraftStore.ts';
import { createSaveStatusStore } from '../../../src/ui/drafts/saveStatus.ts';
import { autosaveMaxWaitMs, autosaveRetryMs, useAutosave } from '../../../src/ui/drafts/useAutosave.ts';

const backupKey = (id: string) => `gov-info-annual-report:unsaved:${id}`;

function mount(store: DraftStore, draftId: string) {
  return renderHook(() => {
    const form = useForm<Report>({ defaultValues: emptyReport({ year: 2025, agency: '' }) as DefaultValues<Report> });
    const [status] = useState(createSaveStatusStore);
    useAutosave(form, draftId, store, status);
    return { form, status };
  });
}

async function type(form: ReturnType<typeof mount>['result']['current']['form'], text: string, everyMs: number) {
  for (let i = 1; i <= text.length; i += 1) {
    act(() => form.setValue('meta.agency', text.slice(0, i)));
    await act(() => vi.advanceTimersByTimeAsync(everyMs));
  }
}

describe('autosave during steady typing and when the browser refuses', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
  });
  afterEach(() => vi.useRealTimers());

  it('saves at least every second while a key comes every 140 ms (no quiet needed)', async () => {
    const store = createMemoryDraftStore();
    const draft = await store.create(emptyReport({ year: 2025, agency: '' }));
    const saves: { at: number; agency: string }[] = [];
    const save = store.saveReport;
    store.saveReport = (id, report, expected) => {
      saves.push({ at: Date.now(), agency: report.meta.agency });
      return save(id, report, expected);
    };
    const { result, unmount } = mount(store, draft.id);
    const start = Date.now();
    const text = '某某县交通运输局关于政府信息公开工作的年度报告正在逐字输入中'.repeat(2); // 60 keys, 8.4 s
    await type(result.current.form, text, 140);
    // Nothing typed before the last second is missing from the store, at any moment.
    const gaps = saves.map((entry, i) => entry.at - (saves[i - 1]?.at ?? start));
    expect(saves.length).toBeGreaterThanOrEqual(7);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(autosaveMaxWaitMs + 140);
    expect((await store.get(draft.id))?.report.meta.agency.length).toBeGreaterThanOrEqual(text.length - 8);
    unmount();
  });

  it('a refused write: Chinese message, the edit kept in the backup, retried until it is stored', async () => {
    const store = createMemoryDraftStore();
    const draft = await store.create(emptyReport({ year: 2025, agency: '' }));
    const save = store.saveReport;
    let full = true;
    store.saveReport = (id, report, expected) => (full ? Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')) : save(id, report, expected));
    const { result, unmount } = mount(store, draft.id);
    act(() => result.current.form.setValue('meta.agency', '某某县财政局'));
    await act(() => vi.advanceTimersByTimeAsync(400));
    const status = result.current.status.get();
    expect(status.kind).toBe('failed');
    expect(status.kind === 'failed' && status.message).toMatch(/^浏览器拒绝保存草稿（存储空间可能已满）。请立即点“保存为文件”/);
    expect(status.kind === 'failed' && status.message).not.toMatch(/[A-Za-z]{4}/);
    expect(JSON.parse(localStorage.getItem(backupKey(draft.id)) ?? '{}').report.meta.agency).toBe('某某县财政局');
    expect(localStorage.getItem(`gov-info-annual-report:save-failed:${draft.id}`)).not.toBeNull();
    expect((await store.get(draft.id))?.report.meta.agency).toBe('');

    full = false;
    await act(() => vi.advanceTimersByTimeAsync(autosaveRetryMs + 100));
    expect((await store.get(draft.id))?.report.meta.agency).toBe('某某县财政局');
    expect(result.current.status.get().kind).toBe('saved');
    expect(localStorage.getItem(backupKey(draft.id))).toBeNull();
    expect(localStorage.getItem(`gov-info-annual-report:save-failed:${draft.id}`)).toBeNull();
    unmount();
  });

  it('never overwrites a newer revision stored by another tab: it stops and tells the app', async () => {
    const store = createMemoryDraftStore();
    const draft = await store.create(emptyReport({ year: 2025, agency: '' }));
    const conflicts: string[] = [];
    const off = onDraftConflict((event) => conflicts.push(event.report.meta.agency));
    // This tab's view of the shared store: it knows the revision it opened (two tabs = two store objects).
    let known = draft.revision;
    const thisTab: DraftStore = {
      ...store,
      knownRevision: () => known,
      saveReport: async (id, report, expected) => {
        const saved = await store.saveReport(id, report, expected ?? known);
        if (saved.ok) known = saved.revision;
        return saved;
      },
    };
    const { result, unmount } = mount(thisTab, draft.id);
    // Another tab stores a newer revision behind this one's back.
    await store.saveReport(draft.id, emptyReport({ year: 2025, agency: '另一个标签页' }), draft.revision);
    act(() => result.current.form.setValue('meta.agency', '本页的修改'));
    await act(() => vi.advanceTimersByTimeAsync(400));
    // The store compares against the revision this tab opened (1), not the newer one (2).
    expect((await store.get(draft.id))?.report.meta.agency).toBe('另一个标签页');
    expect(conflicts).toEqual(['本页的修改']);
    const status = result.current.status.get();
    expect(status.kind === 'failed' && status.message).toContain('另一个标签页中保存了较新的内容');
    // Further edits are not written either.
    act(() => result.current.form.setValue('meta.agency', '再改一次'));
    await act(() => vi.advanceTimersByTimeAsync(2000));
    expect((await store.get(draft.id))?.report.meta.agency).toBe('另一个标签页');
    off();
    unmount();
  });
});
