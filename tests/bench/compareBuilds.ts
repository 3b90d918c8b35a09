/**
 * Keystroke latency in table 三 of two builds of the app, interleaved in rounds in one browser, with bare
 * keys typed between them (finds which change made typing slower). Each page may take CSS rules out
 * (DROP_A / DROP_B: selector fragments, `|`-separated) or add some (CSS_A / CSS_B) to test a rule without rebuilding.
 * Run: A=/path/to/dist-a B=/path/to/dist-b ROUNDS=6 npx tsx tests/bench/compareBuilds.ts
 */
import type { Page } from 'playwright-core';
import { emptyReport } from '../../src/model/emptyReport.ts';
import { buildBare } from './bare/buildBare.ts';
import { bareLatency, probedPage } from './browser/appScenarios.ts';
import { launchChromium } from './browser/chromium.ts';
import { plainTableKeys } from './browser/keyPlans.ts';
import { measureKeys } from './browser/latencyProbe.ts';
import { freezePage, runPageScript } from './browser/frozenPage.ts';
import { productionBuild } from './bundle/productionBuild.ts';
import { median, p95 } from './stats.ts';
import { serveDirectories } from '../e2e/staticServer.ts';
import { openStep } from '../e2e/wizardActions.ts';

const rounds = Number(process.env['ROUNDS'] ?? 6);
const dirA = process.env['A'] ?? (await productionBuild()).outDir;
const dirB = process.env['B'] ?? dirA;
const bare = await buildBare();
const server = await serveDirectories({ '/a/': dirA, '/b/': dirB, '/bare/': bare });
const chromium = await launchChromium();
const barePage = await chromium.context.newPage();
await probedPage(barePage, `${server.origin}/bare/`, 4);
const plan = plainTableKeys(emptyReport({ year: 2025, agency: '' }), 60);

// Each app page on an origin of its own (127.0.0.1 / localhost): separate storage, so neither is the
// read-only second tab of the other's draft.
async function appPage(prefix: string, drop: string | undefined): Promise<{ page: Page; next: number }> {
  const page = await chromium.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  const origin = prefix === '/b/' ? server.origin.replace('127.0.0.1', 'localhost') : server.origin;
  await probedPage(page, `${origin}${prefix}`, 4);
  await openStep(page, '三、收到和处理政府信息公开申请情况');
  // CSS_A / CSS_B: a style sheet added to that page (a rule tried without rebuilding).
  const css = process.env[prefix === '/b/' ? 'CSS_B' : 'CSS_A'];
  if (css) await page.addStyleTag({ content: css });
  if (drop) {
    const removed = await page.evaluate((fragments) => {
      let count = 0;
      for (const sheet of Array.from(document.styleSheets)) {
        const rules = sheet.cssRules;
        for (let i = rules.length - 1; i >= 0; i -= 1) {
          const text = rules[i]?.cssText ?? '';
          if (fragments.some((fragment) => text.includes(fragment))) {
            sheet.deleteRule(i);
            count += 1;
          }
        }
      }
      return count;
    }, drop.split('|'));
    console.log(`${prefix}: ${removed} CSS rules taken out`);
  }
  // MOUSE_A / MOUSE_B: "x,y" — where the pointer rests while typing (the hover hit test after each layout).
  const mouse = process.env[prefix === '/b/' ? 'MOUSE_B' : 'MOUSE_A'];
  if (mouse) {
    const [x, y] = mouse.split(',').map(Number);
    await page.mouse.move(x ?? 0, y ?? 0);
  }
  // FREEZE_A / FREEZE_B: the page's DOM as it stands, cloned without React's listeners — typing then
  // costs the browser's own work on that page (style, layout, paint), no script: what the page's shape costs.
  if (process.env[prefix === '/b/' ? 'FREEZE_B' : 'FREEZE_A']) await freezePage(page);
  // EVAL_A / EVAL_B: a script run in that page last (e.g. take a part of the page away to see its cost).
  const script = process.env[prefix === '/b/' ? 'EVAL_B' : 'EVAL_A'];
  if (script) console.log(`${prefix}: ${await runPageScript(page, script, plan.map((step) => step.cell))}`);
  await page.waitForTimeout(1500);
  return { page, next: 0 };
}

const pages = { A: await appPage('/a/', process.env['DROP_A']), B: await appPage('/b/', process.env['DROP_B']) };
const results: Record<string, number[]> = { A: [], B: [], bare: [] };
await bareLatency(barePage, 10, 10);

async function appKeys(target: { page: Page; next: number }, count: number): Promise<number[]> {
  await target.page.bringToFront();
  const out: number[] = [];
  while (out.length < count) {
    const step = plan[target.next++ % plan.length];
    if (!step) break;
    const input = target.page.locator(`[data-cell="${step.cell}"]`);
    await input.focus();
    await input.evaluate((element: HTMLInputElement) => element.select());
    out.push(...(await measureKeys(target.page, step.keys)).map((sample) => sample.total));
  }
  return out;
}

for (let round = 0; round < rounds; round += 1) {
  const order = round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const);
  for (const name of order) {
    await appKeys(pages[name], 3);
    const values = await appKeys(pages[name], 12);
    results[name]?.push(...values);
    results['bare']?.push(...(await bareLatency(barePage, 8)).map((sample) => sample.total));
  }
  console.log(`round ${round + 1}: A ${median(results['A'] ?? []).toFixed(1)}  B ${median(results['B'] ?? []).toFixed(1)}  bare ${median(results['bare'] ?? []).toFixed(1)}`);
}
const floor = median(results['bare'] ?? []);
for (const [name, values] of Object.entries(results)) {
  console.log(`${name.padEnd(6)} median ${median(values).toFixed(1)} ms  p95 ${p95(values).toFixed(1)} ms  n=${values.length}  ÷ bare ${(median(values) / floor).toFixed(2)}`);
}
// With FREEZE_B=1 (B is the same page with no script): the budget's ratio, A ÷ B, side by side in one run.
console.log(`A ÷ B (median) ${(median(results['A'] ?? []) / median(results['B'] ?? [])).toFixed(2)}`);
await chromium.close();
await server.close();
