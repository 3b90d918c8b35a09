import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../e2e/chromiumOptions.ts';

export { chromiumArgs, chromiumPath };

export const throttleRate = 4;

export type Browser = { readonly context: BrowserContext; close(): Promise<void> };

/** A fresh persistent profile (empty IndexedDB), as the e2e harness uses. */
export async function launchChromium(options: { readonly bypassCSP?: boolean } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'gov-info-report-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: [...chromiumArgs],
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
    locale: 'zh-CN',
    // The bench's string predicates (waitForFunction) are evals a page's policy refuses.
    ...(options.bypassCSP ? { bypassCSP: true } : {}),
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** CDP CPU throttling on the page's target (kept across same-site reloads; verified by calibrate()). */
export async function throttle(page: Page, rate: number = throttleRate): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

// A fixed busy loop, timed in the page: its ratio throttled/unthrottled shows the throttle really applies.
const busyLoop = `(() => { const t = performance.now(); let x = 0; for (let i = 0; i < 1.2e7; i++) x += Math.sqrt(i); return performance.now() - t + (x < 0 ? 1 : 0); })()`;

/**
 * The busy loop's time over 5 runs: 'best' (the least disturbed, for the unthrottled speed on a shared
 * machine) or 'median' (throttled runs: the throttle's suspensions fall differently on each run).
 */
export async function busyLoopMs(page: Page, pick: 'best' | 'median' = 'median'): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 5; i += 1) runs.push(await page.evaluate(busyLoop));
  runs.sort((a, b) => a - b);
  return (pick === 'best' ? runs[0] : runs[2]) ?? Number.NaN;
}

export async function chromiumVersion(context: BrowserContext): Promise<string> {
  const version = context.browser()?.version();
  if (version) return `Chromium ${version}`;
  const page = context.pages()[0] ?? (await context.newPage());
  try {
    const cdp = await context.newCDPSession(page);
    const info = (await cdp.send('Browser.getVersion')) as { product: string };
    return info.product.replace('HeadlessChrome/', 'Chromium ');
  } catch {
    return execFileSync(chromiumPath, ['--version'], { encoding: 'utf8' }).trim().split('\n')[0] ?? 'unknown';
  }
}
