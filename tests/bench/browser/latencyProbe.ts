import type { Page } from 'playwright-core';

/**
 * In-page probe (plain JS, installed with addInitScript): keydown (capture, on document) starts the clock;
 * the first `input` event after it asks for the next frame (requestAnimationFrame), and a MessageChannel
 * message posted from that frame's callback stops the clock once the frame has been produced. With an
 * expectation (e.g. aria-invalid appears on a cell), the clock stops only after the frame that follows the
 * expected DOM change as well: that is the costly path.
 */
export const latencyProbe = String.raw`
(() => {
  const probe = { armed: null };
  const afterNextFrame = (done) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(0);
  });
  const holds = (expect) => expect.count !== undefined
    ? document.querySelectorAll(expect.selector).length === expect.count
    : document.querySelector(expect.selector) !== null;
  const settle = (armed) => {
    if (armed.settled || armed.frameAt === null || armed.expectAt === null) return;
    armed.settled = true;
    clearTimeout(armed.timer);
    armed.resolve({ ok: true, frame: armed.frameAt - armed.t0, expect: armed.expectAt - armed.t0, total: Math.max(armed.frameAt, armed.expectAt) - armed.t0 });
  };
  probe.arm = (expect) => {
    let resolve;
    const result = new Promise((r) => { resolve = r; });
    const armed = { t0: null, frameAt: null, expectAt: expect ? null : 0, expect, inputSeen: false, settled: false, resolve, result, observer: null, timer: 0 };
    armed.timer = setTimeout(() => {
      if (armed.settled) return;
      armed.settled = true;
      armed.observer?.disconnect();
      resolve({ ok: false, error: armed.t0 === null ? 'no keydown' : !armed.inputSeen ? 'no input event' : 'expected DOM state not reached: ' + JSON.stringify(expect) });
    }, 10000);
    probe.armed = armed;
  };
  probe.result = () => probe.armed ? probe.armed.result : Promise.resolve({ ok: false, error: 'not armed' });
  document.addEventListener('keydown', () => {
    const armed = probe.armed;
    if (armed && armed.t0 === null) armed.t0 = performance.now();
  }, true);
  document.addEventListener('input', () => {
    const armed = probe.armed;
    if (!armed || armed.t0 === null || armed.inputSeen) return;
    armed.inputSeen = true;
    afterNextFrame((t) => { armed.frameAt = t; settle(armed); });
    if (armed.expect) {
      const check = () => {
        if (armed.expectAt !== null || !holds(armed.expect)) return;
        armed.observer?.disconnect();
        afterNextFrame((t) => { armed.expectAt = t; settle(armed); });
      };
      armed.observer = new MutationObserver(check);
      armed.observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-invalid'] });
      queueMicrotask(check);
    }
  }, true);
  window.__latency = probe;
})();
`;

/** A DOM state the key must lead to: a selector that must match (or must match exactly `count` elements). */
export type Expectation = { readonly selector: string; readonly count?: number };

export type KeySample = { readonly key: string; readonly frame: number; readonly expect: number; readonly total: number };

/** Presses one key and returns its keystroke-to-next-frame time (ms) as the page measured it. */
export async function measureKey(page: Page, key: string, expect?: Expectation): Promise<KeySample> {
  await page.evaluate(`window.__latency.arm(${JSON.stringify(expect ?? null)})`);
  await page.keyboard.press(key);
  const result = (await page.evaluate('window.__latency.result()')) as
    | { ok: true; frame: number; expect: number; total: number }
    | { ok: false; error: string };
  if (!result.ok) throw new Error(`latency probe, key ${key}: ${result.error}`);
  return { key, frame: result.frame, expect: result.expect, total: result.total };
}

// Between keys, as a quick clerk types (~6 keys/s with the latency itself): debounced work may land between keys.
export const pauseBetweenKeysMs = 150;

/** Presses every key in order, pausing between keys. */
export async function measureKeys(page: Page, keys: readonly { readonly key: string; readonly expect?: Expectation }[]): Promise<KeySample[]> {
  const samples: KeySample[] = [];
  for (const { key, expect } of keys) {
    samples.push(await measureKey(page, key, expect));
    await new Promise((resolve) => setTimeout(resolve, pauseBetweenKeysMs));
  }
  return samples;
}
