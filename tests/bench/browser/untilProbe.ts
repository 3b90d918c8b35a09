import type { Page } from 'playwright-core';

/**
 * In-page probe for "from this action until the page shows X": the clock starts at the next click (capture,
 * on document) and stops at the frame after the condition first holds (checked on every DOM mutation and
 * every animation frame). Plain JS, installed with addInitScript. A second global, __startup, does the same
 * from navigation start (performance.now() = 0 at the document's time origin) for a condition set before
 * the page loads.
 */
export const untilProbe = String.raw`
(() => {
  const afterNextFrame = (done) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(0);
  });
  const watch = (condition, start, resolve) => {
    let met = false;
    let observer = null;
    const timer = setTimeout(() => { if (!met) { met = true; observer?.disconnect(); resolve({ ok: false, error: 'condition not met in 30 s: ' + condition.toString() }); } }, 30000);
    const check = () => {
      if (met) return;
      let holds = false;
      try { holds = Boolean(condition()); } catch { holds = false; }
      if (!holds) { requestAnimationFrame(check); return; }
      met = true;
      observer?.disconnect();
      clearTimeout(timer);
      const seenAt = performance.now();
      afterNextFrame((t) => resolve({ ok: true, seen: seenAt - start(), total: t - start() }));
    };
    observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    check();
  };
  const until = { pending: null };
  until.arm = (source) => {
    const condition = new Function('return (' + source + ');');
    let t0 = null;
    until.pending = new Promise((resolve) => {
      const onClick = () => {
        document.removeEventListener('click', onClick, true);
        t0 = performance.now();
        watch(condition, () => t0, resolve);
      };
      document.addEventListener('click', onClick, true);
    });
  };
  until.result = () => until.pending;
  window.__until = until;
  // Long tasks (> 50 ms on the main thread) since navigation: when the last one ended, input is answered at once.
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.startTime + entry.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  const source = sessionStorage.getItem('bench:startup-condition');
  if (source) {
    const condition = new Function('return (' + source + ');');
    window.__startup = new Promise((resolve) => {
      watch(condition, () => 0, resolve);
    });
  }
})();
`;

export type UntilSample = { readonly seen: number; readonly total: number };

/** Clicks (via `click`) and returns the time from the click until the frame after `condition` (a JS expression) holds. */
export async function measureClick(page: Page, condition: string, click: () => Promise<void>): Promise<UntilSample> {
  await page.evaluate(`window.__until.arm(${JSON.stringify(condition)})`);
  await click();
  const result = (await page.evaluate('window.__until.result()')) as { ok: true; seen: number; total: number } | { ok: false; error: string };
  if (!result.ok) throw new Error(`until probe: ${result.error}`);
  return { seen: result.seen, total: result.total };
}

/** Sets the condition the next page loads in this tab watch for from navigation start (window.__startup). */
export async function setStartupCondition(page: Page, condition: string): Promise<void> {
  await page.evaluate(`sessionStorage.setItem('bench:startup-condition', ${JSON.stringify(condition)})`);
}

/** Ready time (see __startup) and, after `settleMs` more, when the last long task before then ended. */
export async function startupResult(page: Page, settleMs = 3000): Promise<UntilSample & { readonly quiet: number }> {
  await page.waitForFunction('window.__startup !== undefined');
  const result = (await page.evaluate('window.__startup')) as { ok: true; seen: number; total: number } | { ok: false; error: string };
  if (!result.ok) throw new Error(`startup probe: ${result.error}`);
  await page.waitForTimeout(settleMs);
  const lastLongTask = (await page.evaluate('Math.max(0, ...window.__longTasks.map((task) => task[1]))')) as number;
  return { seen: result.seen, total: result.total, quiet: Math.max(result.total, lastLongTask) };
}
