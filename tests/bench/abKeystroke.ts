/**
 * Interleaved A/B of CSS variants for the keystroke latency in table 三, in ONE app page (page-to-page
 * variance is larger than most effects): each round types a few cells under each variant, with bare-page
 * keys typed between them. Used to decide the grid's layer and positioning rules (see BENCHMARKS.md).
 * Run: AB='{"base":"","noRowLayers":".grid-table tr { will-change: auto !important; }"}' ROUNDS=5 npx tsx tests/bench/abKeystroke.ts
 */
import { emptyReport } from '../../src/model/emptyReport.ts';
import { buildBare } from './bare/buildBare.ts';
import { bareLatency, probedPage } from './browser/appScenarios.ts';
import { launchChromium } from './browser/chromium.ts';
import { plainTableKeys } from './browser/keyPlans.ts';
import { measureKeys } from './browser/latencyProbe.ts';
import { productionBuild } from './bundle/productionBuild.ts';
import { median } from './stats.ts';
import { serveDirectories } from '../e2e/staticServer.ts';
import { openStep } from '../e2e/wizardActions.ts';

const variants: Record<string, string> = JSON.parse(process.env['AB'] ?? '{"A":"","B":""}');
const rounds = Number(process.env['ROUNDS'] ?? 5);
const bare = await buildBare();
const app = (await productionBuild()).outDir;
const server = await serveDirectories({ '/reports/': app, '/bare/': bare });
const chromium = await launchChromium();
const barePage = await chromium.context.newPage();
await probedPage(barePage, `${server.origin}/bare/`, 4);
const page = await chromium.context.newPage();
await page.setViewportSize({ width: 1400, height: 900 });
await probedPage(page, `${server.origin}/reports/`, 4);
await openStep(page, '三、收到和处理政府信息公开申请情况');
const plan = plainTableKeys(emptyReport({ year: 2025, agency: '' }), 20);
let next = 0;
const results: Record<string, number[]> = { bare: [] };
for (const name of Object.keys(variants)) results[name] = [];
await bareLatency(barePage, 10, 10);

async function appKeys(count: number): Promise<number[]> {
  await page.bringToFront();
  const out: number[] = [];
  while (out.length < count) {
    const step = plan[next++ % plan.length];
    if (!step) break;
    const input = page.locator(`[data-cell="${step.cell}"]`);
    await input.focus();
    await input.evaluate((element: HTMLInputElement) => element.select());
    out.push(...(await measureKeys(page, step.keys)).map((sample) => sample.total));
  }
  return out;
}

for (let round = 0; round < rounds; round += 1) {
  for (const [name, css] of Object.entries(variants)) {
    await page.evaluate((text) => {
      let style = document.getElementById('ab-style');
      if (!style) {
        style = document.createElement('style');
        style.id = 'ab-style';
        document.head.append(style);
      }
      style.textContent = text;
    }, css);
    await appKeys(3);
    results[name]?.push(...(await appKeys(12)));
    results['bare']?.push(...(await bareLatency(barePage, 8)).map((sample) => sample.total));
  }
}
const floor = median(results['bare'] ?? []);
for (const [name, values] of Object.entries(results)) {
  console.log(`${name.padEnd(14)} median ${median(values).toFixed(1)} ms  n=${values.length}  ÷ bare ${(median(values) / floor).toFixed(2)}`);
}
await chromium.close();
await server.close();
