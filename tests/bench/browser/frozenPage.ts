import type { Page } from 'playwright-core';

/**
 * The app's page with its script cut off: once step 三's cells are shown and the page has settled, its DOM
 * is cloned in place without React's listeners. Typing then costs only the browser's own work for this
 * page (style, layout, paint, layers, commit): the floor of the keystroke ratio (issue 15).
 */
export async function freezePage(page: Page): Promise<void> {
  await page.locator('[data-cell]').first().waitFor();
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    const root = document.getElementById('root');
    if (root) root.replaceWith(root.cloneNode(true));
  });
}

/**
 * An experiment's script run in the page (e.g. take a part of it away to see its cost), with `planCells`
 * — the cells the keys go to, which it must leave alone — defined for it. Returns what the script returned.
 */
export async function runPageScript(page: Page, script: string, planCells: readonly string[]): Promise<string> {
  await page.locator('[data-cell]').first().waitFor();
  await page.evaluate((cells) => { (window as unknown as { planCells: readonly string[] }).planCells = cells; }, planCells);
  return String(await page.evaluate(script));
}
