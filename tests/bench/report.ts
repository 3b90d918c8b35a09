/** Printing helpers: aligned rows, figures against budgets (PASS/OVER; never a failing exit). */

export type Verdict = 'PASS' | 'OVER' | '';

export const verdict = (value: number, budget: number | undefined): Verdict =>
  budget === undefined || Number.isNaN(value) ? '' : value <= budget ? 'PASS' : 'OVER';

export const ms = (value: number): string => (Number.isNaN(value) ? '—' : `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`);
export const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

const width = (text: string): number => [...text].reduce((sum, ch) => sum + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
const pad = (text: string, size: number): string => text + ' '.repeat(Math.max(0, size - width(text)));

/** One figure line: label, measured value, budget text, verdict. */
export function row(label: string, value: string, budget = '', result: Verdict = ''): string {
  return `  ${pad(label, 46)} ${pad(value, 26)} ${pad(budget, 30)} ${result}`.trimEnd();
}

export function heading(text: string): string {
  return `\n${text}\n${'-'.repeat(Math.min(100, width(text)))}`;
}

export function notMeasured(label: string, error: unknown): string {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return `  ${pad(label, 46)} NOT MEASURED: ${reason}`;
}
