import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { close, openApp, type AppSession } from './browserHarness.ts';
import { cell, field, openStep, waitForSaved } from './wizardActions.ts';

// Fault injection in Chromium (issue 12): a renderer crash during steady typing, a refused IndexedDB
// write, damaged stored drafts, and one draft open in two tabs. Nothing typed more than about a second
// before a crash is lost, no edit is lost silently, and the app always opens.
const requestsStep = '三、收到和处理政府信息公开申请情况';
const keyEveryMs = 140;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function started(page: Page): Promise<void> {
  await page.locator('#step-heading').waitFor();
}

async function skipWelcome(page: Page): Promise<void> {
  await started(page);
  const close = page.getByRole('button', { name: '关闭提示，直接填写' });
  if (await close.count()) await close.click();
}

/** Presses keys one every `keyEveryMs` (measured from the start of the previous one); returns when each was pressed. */
async function steadyKeys(page: Page, keys: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  let next = Date.now();
  for (const key of keys) {
    const wait = next - Date.now();
    if (wait > 0) await sleep(wait);
    times.push(Date.now());
    if (key.length === 1 && key > '~') await page.keyboard.type(key);
    else await page.keyboard.press(key);
    next = times[times.length - 1]! + keyEveryMs;
  }
  return times;
}

async function crash(session: AppSession, page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
}

describe('durability under faults (Chromium)', () => {
  afterAll(close);

  it('steady typing (a key every 140 ms), then a renderer crash: nothing typed over a second before it is lost', async () => {
    const session = await openApp();
    const { page } = session;
    await skipWelcome(page);
    const agency = '某某县交通运输局政府信息公开工作';
    await field(page, 'meta.agency').click();
    const agencyTimes = await steadyKeys(page, [...agency]);

    await openStep(page, requestsStep);
    await cell(page, 'tables.requests.received.natural').click();
    const typed: { path: string; value: string; lastKeyAt: number }[] = [];
    for (let i = 0; i < 40; i += 1) {
      const path = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.dataset['cell'] ?? '');
      const value = String(11 + i);
      const times = await steadyKeys(page, [...value, 'Tab']);
      typed.push({ path, value, lastKeyAt: times[value.length - 1]! });
    }
    const crashAt = Date.now();
    await crash(session, page);

    const reopened = await session.newPage();
    await started(reopened);
    await openStep(reopened, '基本信息');
    expect(await field(reopened, 'meta.agency').inputValue()).toBe(agency);
    await openStep(reopened, requestsStep);
    const kept: typeof typed = [];
    for (const entry of typed) if ((await cell(reopened, entry.path).inputValue()) === entry.value) kept.push(entry);
    const lost = typed.filter((entry) => !kept.includes(entry));
    const oldestLostAgo = lost.length ? crashAt - Math.min(...lost.map((entry) => entry.lastKeyAt)) : 0;
    console.info(
      `crash after ${((crashAt - agencyTimes[0]!) / 1000).toFixed(1)} s of typing at ${keyEveryMs} ms/key: ` +
        `${agency.length}/${agency.length} characters and ${kept.length}/${typed.length} cells kept; oldest lost figure typed ${oldestLostAgo} ms before the crash`,
    );
    expect(typed.every((entry) => entry.path.startsWith('tables.requests.'))).toBe(true);
    expect(new Set(typed.map((entry) => entry.path)).size).toBe(40);
    // Everything typed more than 1.5 s before the crash came back (save at most ~1 s after the first change).
    for (const entry of typed) if (crashAt - entry.lastKeyAt > 1500) expect(kept).toContain(entry);
    expect(kept.length).toBeGreaterThanOrEqual(36);
    await reopened.close();
  }, 90_000);

  it('a refused IndexedDB write (quota): says so in Chinese, keeps the edit, gets it back after a reload, saves once space is back', async () => {
    const session = await openApp();
    const { page } = session;
    await session.context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (localStorage.getItem('test:quota-full') === '1') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (key.includes(':unsaved:') && localStorage.getItem('test:backup-full') === '1') throw new DOMException('full', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await page.reload();
    await skipWelcome(page);
    await field(page, 'meta.agency').fill('某某县统计局');
    await waitForSaved(page);

    await page.evaluate(() => localStorage.setItem('test:quota-full', '1'));
    await field(page, 'meta.phone').fill('0000-7654321');
    const failed = page.locator('[data-save="failed"]');
    await failed.waitFor();
    expect(await failed.textContent()).toMatch(/^浏览器拒绝保存草稿（存储空间可能已满）。请立即点“保存为文件”/);
    expect(await failed.textContent()).not.toMatch(/Uncaught|exception|[A-Za-z]{5}/);
    const backup = await page.evaluate(() => Object.entries(localStorage).find(([key]) => key.includes(':unsaved:'))?.[1] ?? '');
    expect(JSON.parse(backup).report.meta.phone).toBe('0000-7654321');

    // Reload while the browser still refuses: the edit comes back from the backup, with a warning.
    await page.reload();
    await started(page);
    expect(await field(page, 'meta.phone').inputValue()).toBe('0000-7654321');
    expect(await page.locator('[data-notice="drafts"]').textContent()).toContain('浏览器仍然拒绝保存草稿');

    // Space is back: the retry stores it, and a reload has it without any backup.
    await page.evaluate(() => localStorage.removeItem('test:quota-full'));
    await page.locator('[data-save="saved"]').waitFor({ timeout: 10_000 });
    await page.reload();
    await started(page);
    expect(await field(page, 'meta.phone').inputValue()).toBe('0000-7654321');
    expect(await page.locator('[data-notice="drafts"]').count()).toBe(0);

    // Both IndexedDB and the backup refused, then the tab is reloaded: the clerk is told the draft may be older.
    await page.evaluate(() => {
      localStorage.setItem('test:quota-full', '1');
      localStorage.setItem('test:backup-full', '1');
    });
    await field(page, 'meta.phone').fill('0000-1111111');
    await failed.waitFor();
    await expect.poll(() => failed.textContent()).toContain('关闭本页会丢失未保存的修改');
    await page.reload();
    await started(page);
    const notice = await page.locator('[data-notice="drafts"]').textContent();
    expect(notice).toContain('可能比您最后输入的内容旧');
    expect(await field(page, 'meta.phone').inputValue()).toBe('0000-7654321');
    expect(session.pageErrors).toEqual([]);
    await session.close();
  }, 90_000);

  it('damaged stored drafts and a damaged backup: the app opens, repairs what it can, sets the rest aside with its raw data', async () => {
    const session = await openApp();
    const { page } = session;
    await skipWelcome(page);
    await field(page, 'meta.agency').fill('某某县好草稿局');
    await waitForSaved(page);
    const goodId = await page.evaluate(() => localStorage.getItem('gov-info-annual-report:current-draft'));
    await page.evaluate(async (good) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('gov-info-annual-report');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const base = { format: 'gov-info-annual-report', version: 1, template: '2021', tables: { active: {}, requests: {}, appeals: {} } };
      const old = '2020-01-01T00:00:00.000Z';
      const records = [
        { id: 'repairable', report: { ...base, meta: { agency: 4321, year: 2025 }, text: null }, createdAt: old, updatedAt: old, revision: 2 },
        { id: 'garbage', report: 'garbage-数据', createdAt: old, updatedAt: old },
        { id: 'no-meta', report: { ...base, meta: null }, createdAt: old, updatedAt: old },
      ];
      await new Promise<void>((resolve, reject) => {
        const transaction = database.transaction('drafts', 'readwrite');
        for (const record of records) transaction.objectStore('drafts').put(record);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      database.close();
      // The damaged draft was the one open last, and the good draft has a damaged, newer-looking backup.
      localStorage.setItem('gov-info-annual-report:current-draft', 'garbage');
      localStorage.setItem(`gov-info-annual-report:unsaved:${good}`, JSON.stringify({ savedAt: '2999-01-01T00:00:00.000Z', report: { ...base, meta: { agency: 7 } } }));
    }, goodId);

    await page.reload();
    await started(page);
    expect(await field(page, 'meta.agency').inputValue()).toBe('某某县好草稿局');
    const notice = await page.locator('[data-notice="drafts"]').textContent();
    expect(notice).toContain('有 3 份草稿的数据已损坏');
    expect(notice).toContain('草稿“4321 2025年度”中有');

    await page.getByRole('button', { name: '草稿与文件' }).click();
    const dialog = page.getByRole('dialog', { name: '草稿与文件' });
    await dialog.locator('[data-damaged="3"]').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.locator('[data-damaged-key="draft:garbage"]').getByRole('button', { name: '保存原始数据为文件' }).click(),
    ]);
    const { readFileSync } = await import('node:fs');
    expect(readFileSync((await download.path())!, 'utf8')).toContain('garbage-数据');
    await dialog.locator('tr', { hasText: '4321 2025年度' }).getByRole('button', { name: '打开' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await field(page, 'meta.agency').inputValue()).toBe('4321');
    expect(session.pageErrors).toEqual([]);
    await session.close();
  }, 90_000);

  it('the wizard failing while it shows a draft: a Chinese way out (save as a file, the drafts list) instead of a blank page', async () => {
    const session = await openApp();
    const { page } = session;
    // A fault inside the wizard's own rendering: the save time in the header cannot be formatted.
    await session.context.addInitScript(() => {
      const own = Object.getOwnPropertyDescriptor(Intl.DateTimeFormat.prototype, 'format')!;
      Object.defineProperty(Intl.DateTimeFormat.prototype, 'format', {
        ...own,
        get(this: Intl.DateTimeFormat) {
          if (localStorage.getItem('test:format-fails') === '1') throw new TypeError('injected fault');
          return own.get!.call(this);
        },
      });
    });
    await page.reload();
    await skipWelcome(page);
    await field(page, 'meta.agency').fill('某某县出错前的机关');
    await waitForSaved(page);
    await page.evaluate(() => localStorage.setItem('test:format-fails', '1'));
    await field(page, 'meta.phone').fill('0000-4444444');
    const failure = page.locator('[data-notice="wizard-failed"]');
    await failure.waitFor();
    expect(await failure.textContent()).toContain('这份草稿无法显示');
    expect(await page.locator('body').textContent()).not.toContain('injected fault');
    const [download] = await Promise.all([page.waitForEvent('download'), failure.getByRole('button', { name: '保存为文件' }).click()]);
    const { readFileSync } = await import('node:fs');
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(saved.meta.agency).toBe('某某县出错前的机关');
    expect(saved.meta.phone).toBe('0000-4444444');
    await failure.getByRole('button', { name: '草稿与文件' }).click();
    await page.getByRole('dialog', { name: '草稿与文件' }).waitFor();
    await session.close();
  }, 90_000);

  it('two tabs on one draft: the second shows it read-only and can take over; no edit is overwritten', async () => {
    const session = await openApp();
    const a = session.page;
    await skipWelcome(a);
    await field(a, 'meta.agency').fill('甲标签页机关');
    await waitForSaved(a);

    const b = await session.newPage();
    await b.locator('[data-notice="other-tab"]').waitFor();
    expect(await b.locator('[data-notice="other-tab"]').textContent()).toContain('此草稿正在另一个标签页中编辑');
    // Viewing means browsing: every step opens (its buttons work), nothing can be typed.
    await openStep(b, requestsStep);
    await b.locator('#step-heading', { hasText: requestsStep }).waitFor();
    expect(await cell(b, 'tables.requests.received.natural').isDisabled()).toBe(true);
    await openStep(b, '基本信息');
    expect(await field(b, 'meta.agency').inputValue()).toBe('甲标签页机关');
    expect(await field(b, 'meta.agency').isDisabled()).toBe(true);
    expect(await b.locator('nav.step-nav button[data-step="basics"]').getAttribute('aria-current')).toBe('step');

    await openStep(a, requestsStep);
    await cell(a, 'tables.requests.received.natural').click();
    await a.keyboard.type('5');
    await a.keyboard.press('Tab');
    await waitForSaved(a);

    await b.getByRole('button', { name: /在此标签页编辑/ }).click();
    await b.locator('[data-notice="other-tab"]').waitFor({ state: 'detached' });
    await openStep(b, requestsStep);
    expect(await cell(b, 'tables.requests.received.natural').inputValue()).toBe('5');
    await openStep(b, '基本信息');
    expect(await field(b, 'meta.agency').inputValue()).toBe('甲标签页机关');
    await a.locator('[data-notice="other-tab"]').waitFor();
    expect(await a.locator('[data-notice="other-tab"]').textContent()).toContain('另一个标签页中接着编辑');
    await openStep(b, requestsStep);
    await cell(b, 'tables.requests.received.commercial').click();
    await b.keyboard.type('8');
    await b.keyboard.press('Tab');
    await waitForSaved(b);

    // The first tab, reloaded, shows both tabs' work and stays read-only while the second edits.
    await a.reload();
    await a.locator('[data-notice="other-tab"]').waitFor();
    await a.locator('#step-heading', { hasText: requestsStep }).waitFor();
    expect(await cell(a, 'tables.requests.received.natural').inputValue()).toBe('5');
    expect(await cell(a, 'tables.requests.received.commercial').inputValue()).toBe('8');

    // The editing tab closes: the viewer says it can edit now, and takes over without waiting for anyone.
    await b.close({ runBeforeUnload: true });
    await expect.poll(() => a.locator('[data-notice="other-tab"]').textContent()).toContain('已关闭或换了草稿');
    await a.getByRole('button', { name: /在此标签页编辑/ }).click();
    await a.locator('[data-notice="other-tab"]').waitFor({ state: 'detached' });
    await cell(a, 'tables.requests.received.research').click();
    await a.keyboard.type('3');
    await a.keyboard.press('Tab');
    await waitForSaved(a);
    expect(session.pageErrors).toEqual([]);
    await session.close();
  }, 90_000);

  it('two tabs without a channel between them: the stored revision refuses the older tab\'s write and it says so', async () => {
    const session = await openApp();
    await session.context.addInitScript(() => {
      Reflect.deleteProperty(window, 'BroadcastChannel');
    });
    const a = session.page;
    await a.reload();
    await skipWelcome(a);
    await field(a, 'meta.agency').fill('原来的机关');
    await waitForSaved(a);
    const b = await session.newPage();
    await started(b);
    expect(await b.locator('[data-notice="other-tab"]').count()).toBe(0);

    await field(a, 'meta.agency').fill('甲改的机关');
    await waitForSaved(a);
    await field(b, 'meta.phone').fill('0000-3333333');
    const conflict = b.locator('[data-notice="conflict"]');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('另一个标签页中保存了较新的内容');
    await b.getByRole('button', { name: '把本页的内容另存为新草稿' }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await field(b, 'meta.phone').inputValue()).toBe('0000-3333333');

    await a.reload();
    await started(a);
    await a.getByRole('button', { name: '草稿与文件' }).click();
    const rows = a.locator('.drafts-table tbody tr[data-draft]');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('甲改的机关'), expect.stringContaining('（本页的修改）')]));
    expect(session.pageErrors).toEqual([]);
    await session.close();
  }, 90_000);
});
