// Small helpers the wizard end-to-end tests share: find cells and steps, paste a block, read the state.
import type { Locator, Page } from 'playwright-core';
import { cellsOfTable } from '../../src/model/cellCatalog.ts';
import { getCell } from '../../src/model/cellAccess.ts';
import type { Report } from '../../src/model/reportSchema.ts';
import type { TableId } from '../../src/template/tableTypes.ts';

export const cell = (page: Page, path: string): Locator => page.locator(`[data-cell="${path}"]`);
export const field = (page: Page, path: string): Locator => page.locator(`[data-field="${path}"]`);
export const stepButton = (page: Page, label: string): Locator => page.locator('nav.step-nav button', { hasText: label });

export async function openStep(page: Page, label: string): Promise<void> {
  await stepButton(page, label).click();
  await page.locator('#step-heading', { hasText: label }).waitFor();
}

/** Opens a report file through 草稿与文件 → 打开报告文件 and waits for the dialog to close. */
export async function openReportFromDrafts(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: '草稿与文件' }).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('dialog').getByRole('button', { name: /打开报告文件/ }).click()]);
  await chooser.setFiles(path);
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

/** Cell paths of [aria-invalid="true"] inputs on the page, sorted. */
export async function invalidCells(page: Page): Promise<string[]> {
  const paths = await page.locator('[data-cell][aria-invalid="true"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-cell') ?? ''));
  return paths.sort();
}

/** Dispatches a real paste event carrying text/plain on the focused element (what Ctrl+V from Excel delivers). */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((data) => {
    const target = document.activeElement ?? document.body;
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

/** The value cells of a matrix table as an Excel block: one line per row, tab between columns. */
export function tableBlock(report: Report, table: TableId): string {
  const rows = new Map<string, string[]>();
  for (const def of cellsOfTable(table)) {
    const key = def.rowKeys.join('.');
    const row = rows.get(key) ?? [];
    const value = getCell(report, def.path);
    row.push(value === null ? '' : String(value));
    rows.set(key, row);
  }
  return [...rows.values()].map((row) => row.join('\t')).join('\r\n');
}

export async function progressNumber(page: Page, which: 'filled' | 'errors' | 'warnings' | 'blanks'): Promise<number> {
  return Number(await page.locator(`[data-progress="${which}"]`).textContent());
}

/** Waits until autosave reports the draft saved (after the debounce). */
export async function waitForSaved(page: Page): Promise<void> {
  await page.locator('[data-save="saved"]').waitFor();
}
