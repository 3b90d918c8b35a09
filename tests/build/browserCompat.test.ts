import doiuse from 'doiuse';
import { Linter } from 'eslint';
import compat from 'eslint-plugin-compat';
import postcss from 'postcss';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { supportedBrowsers } from '../../build/browserTargets.ts';
import { buildApp } from '../e2e/browserHarness.ts';

// Issue 22: nothing in the built app may need more than the browsers of package.json's browserslist
// (Chromium 86, Firefox 115). JS: eslint-plugin-compat (MDN browser-compat-data) on every built file.
// CSS: doiuse (caniuse) on every built stylesheet. The real engines run the app in tests/e2e/clerkBrowsers*.
//
// The page's own chunks run after the core-js polyfills plugin-legacy adds by usage, so ES APIs there count
// as provided (es:all) and so does structuredClone when the polyfill chunk has it. A worker gets no
// polyfill chunk: its files are checked for ES APIs too.

/** Uses in libraries that test for the API first and do without it (checked by hand, with the reason). */
const featureTested: readonly { api: RegExp; file: RegExp; why: string }[] = [
  { api: /^Crypto\.randomUUID\(\)/, file: /^index-/, why: 'react-hook-form: typeof crypto.randomUUID before use, else its own id' },
];

// pdf.js comes as its "legacy" build, made by its authors for older engines (transpiled, with its own core-js
// polyfills and feature tests); its 2 MB are not linted again here (eslint takes minutes over them). It runs
// in Chromium 86 in tests/e2e and tests/import.
const ownTargetBuilds = /^pdf(\.worker)?\.min-/;

/** Stylesheet features beyond a target that have a fallback beside them. */
const cssWithFallback: Readonly<Record<string, string>> = {
  'css-has': 'grid.css: @supports not selector(:has(*)) lifts the hovered or edited row instead',
};

type Finding = { file: string; message: string };

describe('built app against the supported browsers', () => {
  let assets: string;
  let files: string[];
  beforeAll(async () => {
    assets = join(await buildApp(), 'assets');
    files = readdirSync(assets);
  });

  it('names the browsers in package.json: Chromium 86 and Firefox 115 at least', () => {
    expect(supportedBrowsers()).toEqual(expect.arrayContaining(['chrome >= 86', 'firefox >= 115']));
  });

  it('uses no JS API the supported browsers lack, unless polyfilled or tested for first', () => {
    const polyfills = readFileSync(join(assets, files.find((name) => name.startsWith('polyfills-'))!), 'utf8');
    expect(polyfills).toContain('structuredClone');
    const js = files.filter((name) => name.endsWith('.js') && !ownTargetBuilds.test(name));
    const workerFiles = new Set(js.filter((name) => js.some((other) => readFileSync(join(assets, other), 'utf8').includes(`new URL(\`${name}\``))));
    expect(workerFiles.size).toBeGreaterThan(0);
    const linter = new Linter({ configType: 'flat' });
    const findings: Finding[] = [];
    for (const name of js) {
      const inWorker = workerFiles.has(name) || /worker/i.test(name);
      const settings = inWorker
        ? { browsers: supportedBrowsers(), lintAllEsApis: true, polyfills: [] }
        : { browsers: supportedBrowsers(), polyfills: ['es:all', 'structuredClone'] };
      const messages = linter.verify(readFileSync(join(assets, name), 'utf8'), [{
        files: ['**/*.js'],
        languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
        plugins: { compat },
        settings,
        rules: { 'compat/compat': 'error' },
      }], { filename: name });
      for (const message of messages) {
        if (featureTested.some((entry) => entry.api.test(message.message) && entry.file.test(name))) continue;
        findings.push({ file: name, message: message.message });
      }
    }
    expect(findings).toEqual([]);
  }, 300_000);

  it('uses no CSS feature the supported browsers lack, unless it has a fallback', async () => {
    const findings: Finding[] = [];
    for (const name of files.filter((file) => file.endsWith('.css'))) {
      await postcss([doiuse({
        browsers: supportedBrowsers(),
        onFeatureUsage: (usage) => {
          // Partly supported features (sticky on a <thead>, overflow: clip …) are used with care; absent ones are not.
          if (!/not supported by/.test(usage.message)) return;
          // doiuse flags every :not(); only a selector list inside it (Chromium 88) is beyond Chromium 86.
          if (usage.feature === 'css-not-sel-list' && !/:not\([^)]*,/.test(usage.usage.toString())) return;
          if (cssWithFallback[usage.feature]) return;
          findings.push({ file: name, message: `${usage.feature}: ${usage.message}` });
        },
      })]).process(readFileSync(join(assets, name), 'utf8'), { from: name });
    }
    expect(findings).toEqual([]);
  });
});
