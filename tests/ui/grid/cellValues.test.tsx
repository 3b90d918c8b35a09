// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { FormProvider, useForm, type DefaultValues, type UseFormReturn } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../../src/model/emptyReport.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import { useCellSelector, useCellValues } from '../../../src/ui/grid/cellValues.ts';

const a = 'tables.requests.received.natural';
const b = 'tables.requests.received.commercial';
const renders: Record<string, number> = {};
let form: UseFormReturn<Report> | undefined;

function Cell({ path }: { path: string }) {
  const value = useCellSelector(path, (cell) => cell);
  renders[path] = (renders[path] ?? 0) + 1;
  return <span data-testid={path}>{String(value)}</span>;
}
function Pair() {
  const values = useCellValues(pair);
  renders['pair'] = (renders['pair'] ?? 0) + 1;
  return <span data-testid="pair">{values.join('+')}</span>;
}
const pair = [a, b];

function Harness() {
  form = useForm<Report>({ defaultValues: emptyReport({ year: 2025, agency: '某县水利局' }) as DefaultValues<Report> });
  return (
    <FormProvider {...form}>
      <Cell path={a} />
      <Cell path={b} />
      <Pair />
    </FormProvider>
  );
}
const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent;
const set = (name: string, value: unknown) => act(() => form?.setValue(name as never, value as never));

describe('cellValues: one form subscription, each cell hears its own path', () => {
  it('re-renders only the cell whose figure changed, and the selectors holding it', () => {
    render(<Harness />);
    const before = { ...renders };
    set(a, 12);
    expect(text(a)).toBe('12');
    expect(renders[a]).toBe((before[a] ?? 0) + 1);
    expect(renders[b]).toBe(before[b]);
    expect(text('pair')).toBe('12+');
    set(a, 12); // the same figure again: nothing moves
    expect(renders[a]).toBe((before[a] ?? 0) + 1);
  });

  it('hears a whole table set at once and a reset', () => {
    render(<Harness />);
    const table = structuredClone(form?.getValues('tables.requests' as never)) as Record<string, Record<string, unknown>>;
    (table['received'] as Record<string, unknown>)['commercial'] = 7;
    set('tables.requests', table);
    expect(text(b)).toBe('7');
    act(() => form?.reset(emptyReport({ year: 2025, agency: '某县水利局' }) as DefaultValues<Report>));
    expect(text(b)).toBe('null');
    expect(text('pair')).toBe('+');
  });
});
