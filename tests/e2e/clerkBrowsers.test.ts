import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { close, openApp, type AppSession } from './browserHarness.ts';
import { engineNames } from './engines.ts';
import { engineMajor, exportBoth, fillAgency, importPublished, draftsSayWhereTheyLive, printsOnlyTheReport, readLedger, reachEveryStepByMouse, reloadFindsDraft, reviewsReports, startApp, typeTableWithOneTypo } from './clerkFlows.ts';

// Issue 22: the served build (an intranet server, under a sub-path) in the engines clerks run — Chromium 86
// (360安全浏览器 13 极速模式), Chromium 108 (360 14) and the current one — at 1366×768.
const flowTimeout = 240_000;
// Opening may wait for the production build (plugin-legacy: minutes on a loaded 2-core machine) and an engine's unpacking.
const openTimeout = 900_000;

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

    it('reaches every step by mouse', async () => {
      await reachEveryStepByMouse(session.page);
    }, flowTimeout);

    it('types table 三 with one mistyped cell, sees it marked with its fix and fixes it', async () => {
      await fillAgency(session.page);
      await typeTableWithOneTypo(session.page);
    }, flowTimeout);

    it('exports a .docx and an .html that open', async () => {
      await exportBoth(session.page);
    }, flowTimeout);

    it('prints only the report', async () => {
      await printsOnlyTheReport(session.page);
    }, flowTimeout);

    it('finds the draft after a reload', async () => {
      await reloadFindsDraft(session.page);
    }, flowTimeout);

    it('imports a published text, a .docx and a PDF', async () => {
      await importPublished(session.page);
    }, flowTimeout);

    it('says in 草稿与文件 where drafts live', async () => {
      await draftsSayWhereTheyLive(session.page, false);
    }, flowTimeout);

    it('checks reports on the 审查 page and downloads its table', async () => {
      await reviewsReports(session.page);
    }, flowTimeout);

    it('counts table 三 from an .xlsx ledger', async () => {
      await readLedger(session.page);
      expect(session.externalRequests).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    }, flowTimeout);
  });
}
