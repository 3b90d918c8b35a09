import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultReportYear } from '../../src/model/reportYear.ts';
import { steps } from '../../src/ui/wizard/steps.ts';
import { close, openApp, type AppSession } from './browserHarness.ts';
import { openStep, progressNumber } from './wizardActions.ts';

describe('wizard: first run and keyboard navigation (Chromium)', () => {
  let session: AppSession;
  beforeAll(async () => {
    session = await openApp();
  });
  afterAll(close);

  it('opens on a new empty report for last calendar year and offers the example', async () => {
    const { page } = session;
    await page.getByRole('heading', { name: '基本信息' }).waitFor();
    expect(await page.locator('[data-field="meta.year"]').inputValue()).toBe(String(defaultReportYear()));
    expect(await page.locator('[data-field="statisticsPeriod"]').textContent()).toBe(
      `${defaultReportYear()}年1月1日至${defaultReportYear()}年12月31日`,
    );
    await expect.poll(() => progressNumber(page, 'filled')).toBe(0);
    expect(await page.getByRole('button', { name: '先看看示例报告' }).isVisible()).toBe(true);
  });

  it('reaches every step by keyboard alone: Tab to its button, Enter, focus lands on the step heading', async () => {
    const { page } = session;
    for (const step of steps) {
      await page.locator('#step-heading').focus();
      let found = false;
      for (let presses = 0; presses < 80 && !found; presses += 1) {
        await page.keyboard.press('Shift+Tab');
        found = await page.evaluate((label) => {
          const active = document.activeElement;
          return active instanceof HTMLButtonElement && active.closest('nav.step-nav') !== null && (active.textContent ?? '').includes(label);
        }, step.label);
      }
      expect(found, `step button ${step.label} reachable with the keyboard`).toBe(true);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#step-heading').textContent()).toBe(step.label);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
      expect(await page.locator(`nav.step-nav button[data-step="${step.id}"]`).getAttribute('aria-current')).toBe('step');
    }
  });

  it('moves forward through every step with the 下一步 button from the keyboard', async () => {
    const { page } = session;
    await openStep(page, '基本信息');
    for (const step of steps.slice(1)) {
      const next = page.getByRole('button', { name: `下一步：${step.label}` });
      await next.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#step-heading').textContent()).toBe(step.label);
    }
  });

  it('labels every form field of the narrative and basic steps', async () => {
    const { page } = session;
    for (const label of ['基本信息', steps[1]!.label, steps[5]!.label, steps[6]!.label]) {
      await openStep(page, label);
      const unlabeled = await page.locator('main input:not([type=hidden]), main textarea, main select').evaluateAll((nodes) =>
        nodes.filter((node) => {
          const element = node as HTMLInputElement;
          return !(element.labels && element.labels.length > 0) && !element.getAttribute('aria-label') && !element.getAttribute('aria-labelledby');
        }).map((node) => node.outerHTML.slice(0, 80)),
      );
      expect(unlabeled).toEqual([]);
    }
  });

  it('makes no request to any other host and throws no error', async () => {
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
