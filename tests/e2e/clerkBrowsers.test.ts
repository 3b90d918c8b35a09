import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { close, openApp, type AppSession } from './browserHarness.ts';
import { engineNames } from './engines.ts';
import { engineMajor, startApp } from './clerkFlows.ts';
import { clerkFlowTests, openTimeout } from './clerkContract.ts';

// Issue 22: the served build (an intranet server, under a sub-path) in the engines clerks run — Chromium 86
// (360安全浏览器 13 极速模式), Chromium 108 (360 14) and the current one — at 1366×768.

for (const name of engineNames) {
  describe(`served build in ${name}`, () => {
    let session: AppSession;
    beforeAll(async () => {
      session = await openApp({ engine: name, viewport: { width: 1366, height: 768 } });
      await startApp(session.page);
    }, openTimeout);
    afterAll(close);

    it('runs in that engine and says nothing about an old browser', async () => {
      const major = await engineMajor(session.page);
      if (name === 'chromium-86') expect(major).toBe(86);
      if (name === 'chromium-108') expect(major).toBe(108);
      expect(await session.page.locator('#browser-too-old').isVisible()).toBe(false);
      // The core-js polyfills load only where something they provide is missing (build/polyfillGate.ts).
      const polyfillsLoaded = session.requests.some((url) => /\/assets\/polyfills-[^/]*\.js$/.test(url));
      expect(polyfillsLoaded).toBe(name !== 'chromium-current');
    });

    clerkFlowTests(() => session, { fromDisk: false });

    it('asked no other host and raised no page error', () => {
      expect(session.externalRequests).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    });
  });
}
