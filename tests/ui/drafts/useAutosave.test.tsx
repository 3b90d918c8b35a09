// @vitest-environment jsdom
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { FormProvider, useForm, type DefaultValues } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../../src/model/emptyReport.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { createMemoryDraftStore } from '../../../src/storage/memoryDraftStore.ts';
import { createSaveStatusStore } from '../../../src/ui/drafts/saveStatus.ts';
import { useAutosave } from '../../../src/ui/drafts/useAutosave.ts';
import { createFindingsStore } from '../../../src/ui/findings/findingsStore.ts';
import { FindingsProvider } from '../../../src/ui/findings/FindingsContext.tsx';
import { TableGrid } from '../../../src/ui/grid/TableGrid.tsx';
import { holdFrames } from '../grid/gridHarness.tsx';

const path = 'tables.requests.received.natural';

// The wizard's shape: the form and the autosave above, a grid below them.
function Draft({ store, onFlush }: { store: ReturnType<typeof createMemoryDraftStore>; onFlush: (flush: () => Promise<void>) => void }) {
  const form = useForm<Report>({ defaultValues: emptyReport({ year: 2025, agency: '示例县交通运输局' }) as DefaultValues<Report> });
  const [status] = useState(() => createSaveStatusStore());
  const [findings] = useState(() => createFindingsStore());
  onFlush(useAutosave(form, 'd1', store, status));
  return (
    <FormProvider {...form}>
      <FindingsProvider store={findings}>
        <TableGrid table="requests" />
      </FindingsProvider>
    </FormProvider>
  );
}

const saved = async (store: ReturnType<typeof createMemoryDraftStore>) => {
  const record = await store.get('d1');
  return record ? (record.report.tables.requests as unknown as { received: { natural: unknown } }).received.natural : undefined;
};

describe('useAutosave and figures still waiting for their frame', () => {
  it('the draft flush (before another draft opens) saves a figure typed a moment ago', async () => {
    holdFrames();
    const store = createMemoryDraftStore();
    let flush: () => Promise<void> = () => Promise.resolve();
    const { container } = render(<Draft store={store} onFlush={(f) => (flush = f)} />);
    const user = userEvent.setup();
    await user.click(container.querySelector<HTMLInputElement>(`[data-cell="${path}"]`)!);
    await user.keyboard('4');
    await flush();
    expect(await saved(store)).toBe(4);
  });

  it('the wizard going away (its cleanup runs before the grid\'s) still saves it', async () => {
    holdFrames();
    const store = createMemoryDraftStore();
    const { container, unmount } = render(<Draft store={store} onFlush={() => {}} />);
    const user = userEvent.setup();
    await user.click(container.querySelector<HTMLInputElement>(`[data-cell="${path}"]`)!);
    await user.keyboard('6');
    unmount();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await saved(store)).toBe(6);
  });
});
