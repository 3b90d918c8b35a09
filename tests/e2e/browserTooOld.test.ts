import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { close, openApp, type AppSession } from './browserHarness.ts';

// Issue 22: a browser too old for the app (IE mode, Chromium before 86) gets a plain Chinese notice from a
// small classic script, not a blank page. Here the current Chromium is made to look old by removing, before
// any script of the page runs, one API that Chromium 86 has and older engines lack.
describe('the notice for browsers too old to run the app', () => {
  let session: AppSession;
  beforeAll(async () => {
    session = await openApp();
  });
  afterAll(close);

  it('stays hidden in a supported engine', async () => {
    await session.page.locator('#step-heading').waitFor();
    expect(await session.page.locator('#browser-too-old').isVisible()).toBe(false);
  });

  it('says in Chinese what to do when the engine lacks what Chromium 86 has', async () => {
    const page = await session.context.newPage();
    await page.addInitScript(() => {
      delete (Promise as { any?: unknown }).any;
    });
    await page.goto(session.url);
    const notice = page.locator('#browser-too-old');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('这个浏览器版本太旧');
    expect(await notice.textContent()).toContain('极速模式');
    expect(await notice.getAttribute('role')).toBe('alert');
    await page.close();
  });
});
