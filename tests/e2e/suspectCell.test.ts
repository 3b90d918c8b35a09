import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCell } from '../../src/model/cellAccess.ts';
import { defaultReportYear } from '../../src/model/reportYear.ts';
import { validateReport } from '../../src/model/validateReport.ts';
import { exampleReport } from '../../src/ui/example/exampleReport.ts';
import { close, openApp, type AppSession } from './browserHarness.ts';
import { cell, invalidCells, openStep, progressNumber } from './wizardActions.ts';

// The clerk's case of issue 13: in the example report, 四、结转下年度 / 自然人 4 becomes 5.
const typo = 'tables.requests.carriedForward.natural';
const typoReport = setCell(exampleReport(defaultReportYear()), typo, 5);
// aria-invalid belongs on each error's cells[0] and on each suspect — nothing else.
const expectedInvalid = [...new Set(validateReport(typoReport).filter((f) => f.severity === 'error')
  .flatMap((f) => [f.cells[0] ?? '', ...(f.suspect ? [f.suspect.cell] : [])]))].sort();

describe('the likely wrong cell in Chromium', () => {
  let session: AppSession;
  beforeAll(async () => {
    session = await openApp();
  });
  afterAll(close);

  it('one changed figure: ✖ on that cell, aria-invalid on it and on the errors\' cells[0] only', async () => {
    const { page } = session;
    await page.getByRole('button', { name: '先看看示例报告' }).click();
    await expect.poll(() => progressNumber(page, 'filled')).toBe(200);
    await expect.poll(() => progressNumber(page, 'errors')).toBe(0);
    expect(expectedInvalid).toEqual(['tables.requests.carriedForward.natural', 'tables.requests.carriedForward.total', 'tables.requests.received.natural']);
    await openStep(page, '三、收到和处理政府信息公开申请情况');
    expect(await cell(page, typo).inputValue()).toBe('4');
    await cell(page, typo).focus();
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
    await expect.poll(() => invalidCells(page)).toEqual(expectedInvalid);
    const suspectBox = page.locator('td', { has: cell(page, typo) });
    expect(await suspectBox.getAttribute('class')).toContain('cell-error');
    expect(await suspectBox.locator('.cell-icon').textContent()).toBe('✖');
    expect(await suspectBox.locator('.cell-tip').textContent()).toContain('此格可能输错：应为 4。');
    // The correct figure at the top of the column gets the quieter mark.
    const top = page.locator('td', { has: cell(page, 'tables.requests.received.natural') });
    expect(await top.getAttribute('class')).toContain('cell-involved');
    expect(await page.locator('td.cell-error').count()).toBe(1);
    // The row total offers nothing: it would copy the typo.
    expect(await page.locator('td', { has: cell(page, 'tables.requests.carriedForward.total') }).locator('button').count()).toBe(0);
    await expect.poll(() => progressNumber(page, 'errors')).toBe(2);
  });

  it('a click on the finding puts the focus on the suspect; 改为 4 fixes it and Ctrl+Z undoes', async () => {
    const { page } = session;
    await page.locator('.findings-list [data-rule="balance"] > button').first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(typo);
    expect(await page.locator('.findings-list [data-rule="balance"] .finding-suspect').first().textContent())
      .toBe('表三「四、结转下年度 / 自然人」可能输错：应为 4。');

    await page.locator('td', { has: cell(page, typo) }).getByRole('button', { name: '改为 4' }).click();
    expect(await cell(page, typo).inputValue()).toBe('4');
    await expect.poll(() => invalidCells(page)).toEqual([]);
    await expect.poll(() => progressNumber(page, 'errors')).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe(typo);

    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(page, typo).inputValue()).toBe('5');
    await expect.poll(() => invalidCells(page)).toEqual(expectedInvalid);
  });

  it('a letter typed for a digit ("l" for 1): named with 改为 1 when the sums balance with it read as the digit', async () => {
    const { page } = session;
    await cell(page, typo).focus();
    await page.keyboard.type('4');
    await page.keyboard.press('Tab');
    await expect.poll(() => invalidCells(page)).toEqual([]);
    const letter = 'tables.requests.carriedForward.commercial';
    expect(await cell(page, letter).inputValue()).toBe('1');
    await cell(page, letter).focus();
    await page.keyboard.type('l');
    await page.keyboard.press('Tab');
    const box = page.locator('td', { has: cell(page, letter) });
    await box.getByRole('button', { name: '改为 1' }).waitFor();
    expect(await page.locator('.findings-list [data-rule="invalid-value"]').first().textContent()).toContain('按合计应为 1');
    await box.getByRole('button', { name: '改为 1' }).click();
    expect(await cell(page, letter).inputValue()).toBe('1');
    await expect.poll(() => invalidCells(page)).toEqual([]);
  });
});
