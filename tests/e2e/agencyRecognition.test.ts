import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { close, openApp, type AppSession } from './browserHarness.ts';
import { field } from './wizardActions.ts';

// The GB/T 2260 names arrive as a chunk of their own from the app's own server, when 基本信息 opens.
describe('基本信息 in Chromium: who the agency is', () => {
  let session: AppSession;
  beforeAll(async () => {
    session = await openApp();
    await session.page.getByRole('button', { name: '关闭提示，直接填写' }).click();
  });
  afterAll(close);

  it('recognises a city government from the name typed and sets the kind and the 规章 box', async () => {
    const { page } = session;
    await field(page, 'meta.agency').focus();
    await page.keyboard.type('湖州市人民政府');
    await page.keyboard.press('Tab');
    const government = page.locator('[data-field="meta.agencyKind"] input[value="government"]');
    await expect.poll(() => government.isChecked()).toBe(true);
    expect(await field(page, 'meta.canMakeRegulations').isChecked()).toBe(true);
    await expect.poll(() => page.locator('.agency-recognition').textContent()).toContain('识别为：设区的市人民政府，可制定规章');
  });

  it('reads a county-level 中心 as other, and the clerk can still choose another kind', async () => {
    const { page } = session;
    await field(page, 'meta.agency').fill('');
    await field(page, 'meta.agency').focus();
    await page.keyboard.type('石首市河道管理服务中心');
    await page.keyboard.press('Tab');
    const other = page.locator('[data-field="meta.agencyKind"] input[value="other"]');
    await expect.poll(() => other.isChecked()).toBe(true);
    expect(await field(page, 'meta.canMakeRegulations').isChecked()).toBe(false);
    await page.locator('[data-field="meta.agencyKind"] input[value="department"]').check();
    await expect.poll(() => page.locator('.agency-recognition').textContent()).toContain('以您的选择为准');
    expect(session.externalRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
