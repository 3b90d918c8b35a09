import type { Page } from 'playwright-core';

export type TraceEvent = {
  readonly name: string; readonly ph: string; readonly ts: number; readonly dur?: number; readonly tid: number; readonly pid: number;
  readonly args?: { readonly name?: string; readonly data?: { readonly type?: string } };
};

/** A Chromium trace of the page while `run` runs (CDP Tracing, streamed), its events and what `run` returned. */
export async function traceWhile<T>(page: Page, categories: readonly string[], run: () => Promise<T>): Promise<{ result: T; events: TraceEvent[] }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: [...categories] } });
  const result = await run();
  const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? '')));
  await cdp.send('Tracing.end');
  const stream = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return { result, events: Array.isArray(parsed) ? parsed : parsed.traceEvents };
}

/** The renderer main threads' ids ("pid:tid"). */
export const rendererMainThreads = (events: readonly TraceEvent[]): Set<string> =>
  new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
