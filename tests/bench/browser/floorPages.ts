import type { Page } from 'playwright-core';
import { emptyReport } from '../../../src/model/emptyReport.ts';
import { defaultReportYear } from '../../../src/model/reportYear.ts';
import { sections } from '../../../src/template/sections.ts';
import { plainTableKeys } from './keyPlans.ts';
import { measureKeys, type KeySample } from './latencyProbe.ts';
import { warmupKeys, measuredKeys } from './appScenarios.ts';

/*
 * The floor of the keystroke ratio, so the bench says how much of table 三's cost is the app's and how
 * much the browser's (issue 15's budget): the keys of "table 三, typing figures" typed into table 三 with
 * no script at all — the app's own page (new report, step 三) cloned without React's listeners: what the
 * browser does per key for this page's shape (style, layout, paint, layers, commit).
 */

const requestsHeading = sections.find((section) => section.id === 'requests')?.heading ?? '三、';

function keyPlan() {
  return plainTableKeys(emptyReport({ year: defaultReportYear(), agency: '' }), Math.ceil((warmupKeys + measuredKeys) / 3));
}

async function typePlan(page: Page): Promise<KeySample[]> {
  const samples: KeySample[] = [];
  for (const { cell, keys } of keyPlan()) {
    const input = page.locator(`[data-cell="${cell}"]`);
    await input.focus();
    await input.evaluate((element: HTMLInputElement) => element.select());
    samples.push(...(await measureKeys(page, keys)));
  }
  return samples.slice(warmupKeys, warmupKeys + measuredKeys);
}

/** Table 三 of a new report with the page's script cut off (the DOM cloned in place). `page` is probed, at the app's URL. */
export async function frozenTableLatency(page: Page): Promise<KeySample[]> {
  await page.bringToFront();
  await page.locator('nav.step-nav button', { hasText: requestsHeading }).click();
  await page.locator('[data-cell]').first().waitFor();
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    const root = document.getElementById('root');
    if (root) root.replaceWith(root.cloneNode(true));
  });
  await page.waitForTimeout(500);
  return typePlan(page);
}

