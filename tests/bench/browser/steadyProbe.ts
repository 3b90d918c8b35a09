import type { Page } from 'playwright-core';

/**
 * Steady typing, as an independent probe measures it: keys are sent at a fixed cadence (keydown every
 * `intervalMs`, whether or not the page has caught up), and each key's time runs from its keydown
 * (capture, on document) to the first frame after its `input` event (requestAnimationFrame, then a
 * MessageChannel message from that frame, as latencyProbe.ts). A key that finds the main thread busy with
 * the previous key's deferred work waits for it: that wait is what 150 ms pauses never see.
 * Installed with addInitScript; keys without an input event (Tab, arrows) are not counted.
 */
export const steadyProbe = String.raw`
(() => {
  const state = { on: false, keys: [] };
  const afterNextFrame = (done) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(0);
  });
  document.addEventListener('keydown', () => {
    if (state.on) state.keys.push({ t0: performance.now(), input: false, frame: null });
  }, true);
  document.addEventListener('input', () => {
    if (!state.on) return;
    const key = state.keys[state.keys.length - 1];
    if (!key || key.input) return;
    key.input = true;
    afterNextFrame((t) => { key.frame = t; });
  }, true);
  window.__steady = {
    start() { state.on = true; state.keys = []; },
    async stop() {
      await new Promise((resolve) => setTimeout(resolve, 500));
      state.on = false;
      return state.keys.filter((key) => key.input && key.frame !== null).map((key) => key.frame - key.t0);
    },
  };
})();
`;

export const steadyIntervalMs = 100;

/** Sends the keys at a steady cadence; returns each counted key's keydown → next frame time, in order. */
export async function typeSteadily(page: Page, plan: readonly { readonly key: string }[], intervalMs = steadyIntervalMs): Promise<number[]> {
  await page.evaluate('window.__steady.start()');
  const started = Date.now();
  const sent: Promise<unknown>[] = [];
  for (let i = 0; i < plan.length; i += 1) {
    const due = started + i * intervalMs;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    // Not awaited: the next key goes at its time even if the page is still busy with this one.
    sent.push(page.keyboard.press(plan[i]!.key));
  }
  await Promise.all(sent);
  return (await page.evaluate('window.__steady.stop()')) as number[];
}

/**
 * Waits until the page is quiet — three idle periods in a row with ≥ 40 ms to spare, at most 15 s — so
 * steady typing starts on a settled page (a draft just opened mounts, checks and saves for a while).
 */
export async function settle(page: Page): Promise<void> {
  // A string, as the probes: tsx's helpers do not exist in the page.
  await page.evaluate(`new Promise((resolve) => {
    const give = setTimeout(resolve, 15000);
    let calm = 0;
    const look = () => requestIdleCallback((deadline) => {
      calm = deadline.timeRemaining() >= 40 ? calm + 1 : 0;
      if (calm >= 3) { clearTimeout(give); resolve(); } else setTimeout(look, 50);
    });
    look();
  })`);
}
