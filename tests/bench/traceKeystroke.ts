/**
 * Where the time between a keydown and the frame after it goes, in table 三 (new report) and in the bare
 * input, from a Chromium trace: for each measured key, the main thread's events inside [keydown,
 * keydown + the probe's latency] are summed by name (top-level tasks only for "busy").
 * Run: npx tsx tests/bench/traceKeystroke.ts   (A=/path/to/dist to trace another build)
 */
import type { Page } from 'playwright-core';
import { emptyReport } from '../../src/model/emptyReport.ts';
import { buildBare } from './bare/buildBare.ts';
import { probedPage } from './browser/appScenarios.ts';
import { launchChromium } from './browser/chromium.ts';
import { plainTableKeys } from './browser/keyPlans.ts';
import { measureKeys } from './browser/latencyProbe.ts';
import { freezePage, runPageScript } from './browser/frozenPage.ts';
import { productionBuild } from './bundle/productionBuild.ts';
import { median } from './stats.ts';
import { rendererMainThreads, traceWhile } from './browser/traceEvents.ts';
import { serveDirectories } from '../e2e/staticServer.ts';
import { openStep } from '../e2e/wizardActions.ts';

const names = ['RunTask', 'EventDispatch', 'FunctionCall', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'HitTest', 'Commit', 'ScheduleStyleRecalculation', 'IntersectionObserverController::computeIntersections', 'UpdateLayer', 'PaintImage', 'MinorGC', 'MajorGC', 'PaintArtifactCompositor::Update'];

async function tracedKeys(page: Page, run: () => Promise<number[]>): Promise<{ latencies: number[]; perKey: Map<string, number[]> }> {
  const traced = await traceWhile(page, ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'cc', 'toplevel'], run);
  const latencies = traced.result;
  const events = [...traced.events].sort((a, b) => a.ts - b.ts);
  const mains = rendererMainThreads(events);
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown' && mains.has(`${e.pid}:${e.tid}`));
  const main = keydowns[0] ? `${keydowns[0].pid}:${keydowns[0].tid}` : '';
  const mainEvents = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main);
  const firstKey = keydowns.length - latencies.length;
  const perKey = new Map<string, number[]>();
  latencies.forEach((latency, i) => {
    const start = keydowns[firstKey + i]?.ts ?? 0;
    const end = start + latency * 1000;
    if (process.env['DUMP'] && i >= 10 && i < 13) {
      // One key's main thread: each task and the events inside it, in order (ms from the keydown).
      console.log(`key ${i}: latency ${latency.toFixed(1)} ms`);
      for (const event of mainEvents) {
        if (event.ts < start - 2000 || event.ts >= end || (event.dur ?? 0) < 150) continue;
        const type = event.args?.data?.type ? ` ${event.args.data.type}` : '';
        const depth = event.name === 'RunTask' ? '' : '    ';
        console.log(`${depth}${((event.ts - start) / 1000).toFixed(1).padStart(7)} +${((event.dur ?? 0) / 1000).toFixed(2).padStart(6)}  ${event.name}${type}`);
      }
    }
    const sums = new Map<string, number>();
    for (const event of mainEvents) {
      if (event.ts < start || event.ts >= end) continue;
      sums.set(event.name, (sums.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
    }
    for (const name of [...names, 'latency']) {
      const list = perKey.get(name) ?? [];
      list.push(name === 'latency' ? latency : sums.get(name) ?? 0);
      perKey.set(name, list);
    }
  });
  return { latencies, perKey };
}

const dir = process.env['A'] ?? (await productionBuild()).outDir;
const bare = await buildBare();
const server = await serveDirectories({ '/a/': dir, '/bare/': bare });
const chromium = await launchChromium();
const page = await chromium.context.newPage();
await page.setViewportSize({ width: 1400, height: 900 });
await probedPage(page, `${server.origin}/a/`, 4);
await openStep(page, '三、收到和处理政府信息公开申请情况');
// CSS=... adds a style sheet to the app page first (to try a rule without rebuilding).
if (process.env['CSS']) await page.addStyleTag({ content: process.env['CSS'] });
const plan = plainTableKeys(emptyReport({ year: 2025, agency: '' }), 20);
// FREEZE=1: the DOM cloned without React's listeners (the browser's work alone); EVAL=...: a script run
// last in the app page (planCells: the cells typed into).
if (process.env['FREEZE']) await freezePage(page);
if (process.env['EVAL']) console.log(await runPageScript(page, process.env['EVAL'], plan.map((step) => step.cell)));
await page.waitForTimeout(1500);
const app = await tracedKeys(page, async () => {
  const out: number[] = [];
  for (const step of plan) {
    await page.locator(`[data-cell="${step.cell}"]`).focus();
    out.push(...(await measureKeys(page, step.keys)).map((sample) => sample.total));
  }
  return out.slice(6);
});
const barePage = await chromium.context.newPage();
await probedPage(barePage, `${server.origin}/bare/`, 4);
const bareRun = await tracedKeys(barePage, async () => {
  await barePage.locator('[data-bench="bare"]').focus();
  const keys = Array.from({ length: 60 }, (_, i) => ({ key: String((i + 1) % 10) }));
  return (await measureKeys(barePage, keys)).map((sample) => sample.total).slice(6);
});
console.log(`median ms per key (4× throttle): ${'app'.padStart(8)} ${'bare'.padStart(8)}`);
for (const name of ['latency', ...names]) {
  const a = median(app.perKey.get(name) ?? []);
  const b = median(bareRun.perKey.get(name) ?? []);
  if (a === 0 && b === 0) continue;
  const count = (list: number[] | undefined) => (list ?? []).filter((value) => value > 0).length;
  console.log(`  ${name.padEnd(52)} ${a.toFixed(2).padStart(8)} ${b.toFixed(2).padStart(8)}   in ${count(app.perKey.get(name))}/${count(bareRun.perKey.get(name))} keys`);
}
await chromium.close();
await server.close();
