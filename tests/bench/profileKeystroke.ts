/**
 * Where a keystroke's time goes: types into table 三 (new report, then the error path in the full report)
 * in an unminified production build at 4× throttle, with the CDP sampling profiler on, and prints the
 * functions with the most self time. Run: npx tsx tests/bench/profileKeystroke.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { fullReport } from '../fixtures/fullReport.ts';
import { costlyTableLatency, openReportFile, plainTableLatency, probedPage } from './browser/appScenarios.ts';
import { launchChromium, throttleRate } from './browser/chromium.ts';
import { serveDirectories } from '../e2e/staticServer.ts';
import { projectRoot } from './bundle/productionBuild.ts';
import { rendererMainThreads, traceWhile } from './browser/traceEvents.ts';

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const outDir = mkdtempSync(join(tmpdir(), 'gov-info-report-bench-profile-'));
process.env['NODE_ENV'] = 'production';
await build({ root: projectRoot, configFile: join(projectRoot, 'vite.config.ts'), mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true, minify: false } });
const server = await serveDirectories({ '/reports/': outDir });
const chromium = await launchChromium();

function top(profile: Profile, count: number): string[] {
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url ? relative(outDir, new URL(url).pathname.replace('/reports/', '/')) : '';
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const busy = [...self].filter(([key]) => !key.startsWith('(idle)') && !key.startsWith('(program)'));
  const total = busy.reduce((sum, [, micros]) => sum + micros, 0);
  return busy
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([key, micros]) => `  ${(micros / 1000).toFixed(1).padStart(8)} ms  ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${key}`);
}


// Main-thread work by kind (nested events overlap: Layout forced by a script is inside FunctionCall too).
const traced = ['EventDispatch', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'MajorGC', 'MinorGC'];

async function traceSums(page: import('playwright-core').Page, run: () => Promise<unknown>): Promise<Map<string, number>> {
  const { events } = await traceWhile(page, ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'], run);
  const main = rendererMainThreads(events);
  const sums = new Map<string, number>();
  for (const event of events) {
    if (event.ph !== 'X' || !main.has(`${event.pid}:${event.tid}`) || !traced.includes(event.name)) continue;
    sums.set(event.name, (sums.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
  }
  return sums;
}

try {
  const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
  await probedPage(page, `${server.origin}/reports/`, throttleRate);
  const cdp = await chromium.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  // Main-thread work per key by kind, from traces of the same scenarios in a second tab.
  {
    // On another origin (localhost): its own storage, so the first tab is not left the read-only second tab.
    const tab = await chromium.context.newPage();
    await probedPage(tab, `${server.origin.replace('127.0.0.1', 'localhost')}/reports/`, throttleRate);
    const scenarios = [
      ['table 三, typing figures, new report', async () => (await plainTableLatency(tab)).length + 10],
      ['table 三, error mark appears / goes', async () => {
        await openReportFile(tab, fullReport);
        return (await costlyTableLatency(tab, fullReport)).samples.length + 10;
      }],
    ] as const;
    for (const [label, run] of scenarios) {
      let keys = 1;
      const sums = await traceSums(tab, async () => {
        keys = await run();
      });
      console.log(`\n${label}: main-thread time per key by kind (trace; ${keys} keys incl. warm-up; includes focus moves and debounced work):`);
      for (const name of traced) console.log(`  ${name.padEnd(20)} ${((sums.get(name) ?? 0) / keys).toFixed(2).padStart(8)} ms/key`);
    }
    await tab.close();
    await page.bringToFront();
  }
  for (const [label, run] of [
    ['table 三, typing figures, new report', () => plainTableLatency(page)],
    ['table 三, error mark appears / goes', async () => {
      await openReportFile(page, fullReport);
      return (await costlyTableLatency(page, fullReport)).samples;
    }],
  ] as const) {
    await cdp.send('Profiler.start');
    const samples = await run();
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    console.log(`\n${label}: ${samples.length} keys; JS self time (percent of busy time; includes the debounced work in the pauses, excludes layout/paint):`);
    top(profile, 25).forEach((line) => console.log(line));
  }
} finally {
  await chromium.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
