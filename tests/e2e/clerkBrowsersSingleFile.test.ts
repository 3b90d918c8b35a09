import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { close, openApp, singleFileUrl, type AppSession } from './browserHarness.ts';
import { engineNames } from './engines.ts';
import { engineMajor, startApp } from './clerkFlows.ts';
import { clerkFlowTests, openTimeout } from './clerkContract.ts';

// Issue 22: the one-file build (npm run build:single) opened straight from disk, with no server at all, in
// Chromium 86, 108 and the current one: the same flows as the served build, and no request to any address —
// only the file itself, blob: URLs the page makes from its own text, and data: URLs.
const ownSchemes = /^(file|blob|data):/;

for (const name of engineNames) {
  describe(`one-file build from disk in ${name}`, () => {
    let session: AppSession;
    // What the page itself fetched, read in the page: the browser's own list of resources (the document
    // itself is page.url(), checked above; old engines name its navigation entry '' for file://).
    const pageRequests = async () => session.page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));

    beforeAll(async () => {
      session = await openApp({ engine: name, viewport: { width: 1366, height: 768 }, url: await singleFileUrl() });
      await startApp(session.page);
    }, openTimeout);
    afterAll(close);

    it('runs from file:// in that engine, with the page title in Chinese', async () => {
      const { page } = session;
      expect(page.url()).toMatch(/^file:.*report-assistant\.html$/);
      expect(await page.title()).toBe('政府信息公开工作年度报告编写助手');
      const major = await engineMajor(page);
      if (name === 'chromium-86') expect(major).toBe(86);
      if (name === 'chromium-108') expect(major).toBe(108);
      expect(await page.locator('#browser-too-old').isVisible()).toBe(false);
    });

    clerkFlowTests(() => session, { fromDisk: true });

    it('requested nothing but the file itself, blob: and data: URLs', async () => {
      expect(session.pageErrors).toEqual([]);
      expect(session.requests.filter((url) => !ownSchemes.test(url))).toEqual([]);
      expect(session.requests.some((url) => url.startsWith('file:'))).toBe(true);
      expect((await pageRequests()).filter((url) => !ownSchemes.test(url))).toEqual([]);
    });
  });
}
