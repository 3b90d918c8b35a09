// @vitest-environment jsdom
import { useEffect, useState, type ReactNode } from 'react';
import { FormProvider, useForm, type DefaultValues, type UseFormReturn } from 'react-hook-form';
import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { setCell } from '../../../src/model/cellAccess.ts';
import type { FindingPlace } from '../../../src/model/finding.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { createFindingsStore } from '../../../src/ui/findings/findingsStore.ts';
import { FindingsProvider } from '../../../src/ui/findings/FindingsContext.tsx';
import { FindingsPanel } from '../../../src/ui/wizard/FindingsPanel.tsx';
import { ProgressBar } from '../../../src/ui/wizard/ProgressBar.tsx';
import { createProgressStore } from '../../../src/ui/wizard/progressStore.ts';
import { WizardContext } from '../../../src/ui/wizard/WizardContext.tsx';
import { fullReport } from '../../fixtures/fullReport.ts';

// A department with figures in the 规章 row (a 提醒 it may rightly keep) and 21 予以公开 typed as 12.
const report = setCell(
  setCell(setCell(fullReport, 'tables.active.regulations.issued', 1), 'tables.active.regulations.inForce', 3),
  'tables.requests.disclosed.natural', 12,
);

function Host({ onForm, showFinding, children }: { onForm: (form: UseFormReturn<Report>) => void; showFinding: (f: FindingPlace) => void; children: ReactNode }) {
  const form = useForm<Report>({ defaultValues: report as DefaultValues<Report> });
  onForm(form);
  const [store] = useState(createFindingsStore);
  const [progress] = useState(createProgressStore);
  // As the wizard does: every change of the form is checked again.
  useEffect(() => {
    const check = () => {
      store.recompute(form.getValues());
      progress.recompute(form.getValues());
    };
    check();
    return form.subscribe({ formState: { values: true }, callback: check });
  }, [form, store, progress]);
  return (
    <FormProvider {...form}>
      <FindingsProvider store={store}>
        <WizardContext.Provider value={{ progress, showFinding }}>{children}</WizardContext.Provider>
      </FindingsProvider>
    </FormProvider>
  );
}
function mount() {
  let form: UseFormReturn<Report> | undefined;
  const showFinding = vi.fn();
  render(<Host onForm={(f) => (form = f)} showFinding={showFinding}><ProgressBar /><FindingsPanel /></Host>);
  return { form: () => form as UseFormReturn<Report>, showFinding, user: userEvent.setup() };
}

// The panel updates after a pause, as a transition; the test machine is shared.
const slow = { timeout: 5000 };
const items = () => within(screen.getByRole('list')).getAllByRole('listitem');

describe('FindingsPanel: suspects, one vocabulary, 已核实', () => {
  it('lists the findings naming the likely mistyped cell first; a click hands over the finding with its suspect', async () => {
    const { showFinding, user } = mount();
    await waitFor(() => expect(items()[0]?.textContent).toContain('表三「（一）予以公开 / 自然人」可能输错：应为 21。'), slow);
    expect(items()[0]?.getAttribute('data-target')).toBe('tables.requests.disclosed.natural');
    expect(items()[0]?.getAttribute('data-verdict')).toBe('error');
    await user.click(within(items()[0] as HTMLElement).getAllByRole('button')[0] as HTMLElement);
    expect(showFinding.mock.calls[0]?.[0].suspect).toEqual({ cell: 'tables.requests.disclosed.natural', value: 21 });
    // Header: the same words.
    await waitFor(() => expect(screen.getByText((_, el) => el?.className === 'progress-errors has-errors')?.textContent).toBe('错误 2 处'), slow);
    expect(document.querySelector('[data-progress="warnings"]')?.textContent).toBe('1');
  });

  it('a 提醒 marked 已核实 with a reason: stored in meta.acknowledged, greyed with its reason, not counted; 取消核实 brings it back', async () => {
    const { form, user } = mount();
    const warning = () => screen.getAllByRole('listitem').find((li) => li.getAttribute('data-rule') === 'regulations-not-allowed') as HTMLElement;
    await waitFor(() => expect(warning()).toBeTruthy(), slow);
    expect(within(items()[0] as HTMLElement).queryByRole('button', { name: '标为已核实…' })).toBeNull(); // errors cannot be
    await user.click(await within(warning()).findByRole('button', { name: '标为已核实…' }, slow));
    await user.click(within(warning()).getByRole('button', { name: '确定' }));
    expect(within(warning()).getByRole('alert').textContent).toContain('请写一句核实的理由');
    expect(form().getValues().meta.acknowledged).toBeUndefined();
    await user.type(within(warning()).getByRole('textbox', { name: '核实理由' }), '本局经授权有规章制定权{Enter}');
    expect(form().getValues().meta.acknowledged).toMatchObject([{ rule: 'regulations-not-allowed', reason: '本局经授权有规章制定权' }]);
    // Enter in the reason: the focus stays with this finding, never falls to <body>, and lands on 取消核实.
    expect(document.activeElement).not.toBe(document.body);
    await waitFor(() => expect(warning().getAttribute('data-verdict')).toBe('acknowledged'), slow);
    await waitFor(() => expect(within(warning()).getByRole('button', { name: '取消核实' })).toHaveFocus(), slow);
    expect(warning().textContent).toMatch(/已核实（\d{4}-\d{2}-\d{2}）：本局经授权有规章制定权/);
    expect(warning().className).toContain('finding-acknowledged');
    // the header's counts are their own subscriber: wait for them too
    await waitFor(() => expect(document.querySelector('[data-progress="warnings"]')?.textContent).toBe('0'), slow);
    expect(document.querySelector('[data-progress="acknowledged"]')?.textContent).toBe('1');

    // The figure it is about changes: the warning comes back.
    form().setValue('tables.active.regulations.inForce' as never, 4 as never);
    await waitFor(() => expect(warning().getAttribute('data-verdict')).toBe('advice'), slow);
    form().setValue('tables.active.regulations.inForce' as never, 3 as never);
    await waitFor(() => expect(warning().getAttribute('data-verdict')).toBe('acknowledged'), slow);
    await user.click(within(warning()).getByRole('button', { name: '取消核实' }));
    await waitFor(() => expect(warning().getAttribute('data-verdict')).toBe('advice'), slow);
    expect(form().getValues().meta.acknowledged).toEqual([]);
  });
});
