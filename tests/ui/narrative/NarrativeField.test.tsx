// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormProvider, useForm, type DefaultValues, type UseFormReturn } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../../src/model/emptyReport.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { flushPendingEdits } from '../../../src/ui/typing/pendingEdits.ts';
import { NarrativeField } from '../../../src/ui/narrative/NarrativeField.tsx';

function mount() {
  const formRef: { current: UseFormReturn<Report> | null } = { current: null };
  function Host() {
    const form = useForm<Report>({ defaultValues: emptyReport({ year: 2025, agency: '示例县交通运输局' }) as DefaultValues<Report> });
    formRef.current = form;
    return <FormProvider {...form}><NarrativeField name="text.problems" label="五、存在的主要问题及改进情况" /></FormProvider>;
  }
  const result = render(<Host />);
  const field = screen.getByRole('textbox', { name: '五、存在的主要问题及改进情况' }) as HTMLTextAreaElement;
  return { ...result, field, text: () => formRef.current!.getValues('text.problems'), form: () => formRef.current! };
}

describe('NarrativeField: the typed text is written just after the next frame and never lost', () => {
  it('shows the keystroke at once and has it in the form after the frame, with the count', async () => {
    const user = userEvent.setup();
    const { field, text } = mount();
    await user.click(field);
    await user.keyboard('甲');
    expect(field.value).toBe('甲');
    expect(text()).toBe('');
    await waitFor(() => expect(text()).toBe('甲'));
    expect(await screen.findByText(/^1 字/)).toBeTruthy();
  });

  it('writes it at once when the field loses focus', async () => {
    const user = userEvent.setup();
    const { field, text } = mount();
    await user.click(field);
    await user.keyboard('乙');
    act(() => field.blur());
    expect(text()).toBe('乙');
  });

  it('writes it when the page is left (flushPendingEdits) and when the field goes (another step opened)', async () => {
    const user = userEvent.setup();
    const { field, text, unmount, form } = mount();
    await user.click(field);
    await user.keyboard('丙');
    flushPendingEdits();
    expect(text()).toBe('丙');
    await user.keyboard('丁');
    const kept = form();
    unmount();
    expect(kept.getValues('text.problems')).toBe('丙丁');
  });

  it('shows a text put into the form from elsewhere (a sentence inserted, 一键规范)', () => {
    const { field, form } = mount();
    act(() => form().setValue('text.problems', '本年度未发现问题。'));
    expect(field.value).toBe('本年度未发现问题。');
  });

  it('gives the textarea a hidden form of its own (autofill then reads one field per keystroke)', () => {
    const { field } = mount();
    expect(field.form).not.toBeNull();
    expect(field.form?.hidden).toBe(true);
    expect(field.form?.elements).toHaveLength(1);
  });
});
