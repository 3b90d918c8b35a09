import { useEffect, type ReactNode } from 'react';
import { FormProvider, useForm, type DefaultValues, type UseFormReturn } from 'react-hook-form';
import { act, render } from '@testing-library/react';
import { vi } from 'vitest';
import { setCell } from '../../../src/model/cellAccess.ts';
import { cellsOfTable, isCellPath } from '../../../src/model/cellCatalog.ts';
import type { CellValue } from '../../../src/model/cellValue.ts';
import { emptyReport } from '../../../src/model/emptyReport.ts';
import type { Report } from '../../../src/model/reportSchema.ts';
import type { CellPath } from '../../../src/template/cellPathType.ts';
import type { TableId } from '../../../src/template/tableTypes.ts';
import { createFindingsStore, type FindingsStore } from '../../../src/ui/findings/findingsStore.ts';
import { FindingsProvider } from '../../../src/ui/findings/FindingsContext.tsx';
import { countRender } from '../../../src/ui/grid/renderCounts.ts';
import { TableGrid } from '../../../src/ui/grid/TableGrid.tsx';
import { afterNextFrame } from '../../../src/ui/typing/afterNextFrame.ts';

/** A cell of table 三 (checked against the catalog: a misspelt row or column fails the test at once). */
export const r = (row: string, col: string): CellPath => {
  const path = `tables.requests.${row}.${col}`;
  if (!isCellPath(path)) throw new Error(`${path} is not a cell of table 三`);
  return path;
};

/** A fictional agency's report with the given cells set. */
export function reportWith(changes: Record<string, CellValue> = {}): Report {
  const base = emptyReport({ year: 2025, agency: '示例县交通运输局' });
  return Object.entries(changes).reduce((current, [path, value]) => setCell(current, path, value), base);
}

/** Every cell of a table set to 0: complete and balanced. */
export function zeroTable(table: TableId, report: Report = reportWith()): Report {
  return cellsOfTable(table).reduce((current, cell) => setCell(current, cell.path, 0), report);
}

type Mounted = { form: UseFormReturn<Report>; store: FindingsStore };

// As part B mounts it: useForm<Report> + FormProvider, a findings store recomputed on load.
function Harness({ report, store, table, onForm, children }: {
  report: Report; store: FindingsStore; table: TableId; onForm: (form: UseFormReturn<Report>) => void; children?: ReactNode;
}) {
  const form = useForm<Report>({ defaultValues: report as DefaultValues<Report> });
  // The component holding the form: a keystroke must never render it.
  countRender('form');
  onForm(form);
  useEffect(() => store.recompute(form.getValues()), [form, store]);
  return (
    <FormProvider {...form}>
      <FindingsProvider store={store}>
        <TableGrid table={table} />
        {children}
      </FindingsProvider>
    </FormProvider>
  );
}

export function mountGrid(table: TableId, report: Report = reportWith()): Mounted & ReturnType<typeof render> {
  const store = createFindingsStore();
  let form: UseFormReturn<Report> | undefined;
  const result = render(<Harness report={report} store={store} table={table} onForm={(f) => (form = f)} />);
  if (!form) throw new Error('form not created');
  return { ...result, form, store };
}

export const input = (container: HTMLElement, path: string): HTMLInputElement => {
  const element = container.querySelector<HTMLInputElement>(`[data-cell="${path}"]`);
  if (!element) throw new Error(`no input for ${path}`);
  return element;
};

/**
 * Waits until the figures typed so far have reached the form (the grid writes them just after the next
 * frame): resolves from the same queue, after the grid's own write.
 */
export const afterFrame = (): Promise<void> => act(() => new Promise<void>((resolve) => afterNextFrame(resolve)));

/**
 * Frames come only when the test lets one come (jsdom's own come every 16 ms and may fall inside a user-event
 * call): between keystroke and `next()` the typed figure is certainly still waiting. Undo with vi.unstubAllGlobals.
 * (Were no frame let come, the grid's 100 ms fallback timer would still write it.)
 */
export function holdFrames(): { next: () => Promise<void> } {
  let frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  return {
    next: () => act(() => new Promise<void>((resolve) => {
      afterNextFrame(resolve);
      const due = frames;
      frames = [];
      for (const callback of due) callback(performance.now());
    })),
  };
}

/**
 * Every text a cell's input is given, by anyone (user-event's typing or the grid). Call before the grid mounts:
 * React keeps the setter it finds when an input mounts, and user-event the one it finds on focus. Call stop() after.
 */
export function recordTexts(path: string): { texts: string[]; stop: () => void } {
  const own = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  if (!own?.set) throw new Error('no value setter on HTMLInputElement');
  const setter = own.set;
  const texts: string[] = [];
  Object.defineProperty(HTMLInputElement.prototype, 'value', {
    ...own,
    set(this: HTMLInputElement, text: string) {
      if (this.dataset['cell'] === path) texts.push(String(text));
      setter.call(this, text);
    },
  });
  return { texts, stop: () => Object.defineProperty(HTMLInputElement.prototype, 'value', own) };
}
