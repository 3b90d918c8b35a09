/**
 * The browser engines clerks run, for the tests: Chromium 86 (360安全浏览器 13 极速模式), Chromium 108
 * (360 14) and Debian's current Chromium.
 *
 * The old ones come from the npm registry: chrome-aws-lambda@5.3.1 ships Chromium 86.0.4240 and
 * @sparticuz/chromium@108.0.3 ships Chromium 108.0.5351, each brotli-packed (bin/chromium.br, plus the
 * libraries it needs in bin/*.tar.br). Both packages unpack into os.tmpdir() under the same names
 * (`chromium`, `aws/`, `swiftshader/`), so each is unpacked with the package's own inflate (lambdafs) into
 * a staging folder given as TMPDIR, then moved to a folder of its own version. A lock directory keeps
 * parallel test files from unpacking twice.
 *
 * Chromium 86 is driven by playwright-core 1.32 (installed as the alias `playwright-core-132`): newer
 * playwright calls Element.checkVisibility, which Chromium 105+ has. 108 and the current one use the
 * project's playwright-core.
 */
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium as currentPlaywright } from 'playwright-core';
import { chromium as playwright132 } from 'playwright-core-132';
import { chromiumArgs, chromiumPath } from './chromiumOptions.ts';

export type EngineName = 'chromium-86' | 'chromium-108' | 'chromium-current';

export type Engine = {
  readonly name: EngineName;
  /** The major version the engine reports (checked by the tests against navigator.userAgent). */
  readonly major: number | undefined;
  readonly executablePath: string;
  readonly args: readonly string[];
  /** Environment for the browser process (the old builds find their own libraries through it). */
  readonly env: Readonly<Record<string, string>> | undefined;
  /** The playwright that drives it (launchPersistentContext has the same shape in 1.32 and now). */
  readonly launcher: typeof currentPlaywright;
};

const require = createRequire(import.meta.url);

type PackedBuild = { readonly pkg: string; readonly inflater: string; readonly major: number };

const packedBuilds: Readonly<Record<'chromium-86' | 'chromium-108', PackedBuild>> = {
  'chromium-86': { pkg: 'chrome-aws-lambda', inflater: 'lambdafs', major: 86 },
  'chromium-108': { pkg: '@sparticuz/chromium', inflater: '@sparticuz/chromium/build/lambdafs.js', major: 108 },
};

// The serverless builds run single-process without a zygote (they are made for Lambda's sandbox-less
// containers); headless flags as for the current one.
const oldEngineArgs = [...chromiumArgs, '--no-zygote', '--single-process', '--disable-dev-shm-usage', '--use-gl=swiftshader', '--hide-scrollbars', '--mute-audio'];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Inflate = { inflate(path: string): Promise<string> };

async function unpack(build: PackedBuild, target: string): Promise<void> {
  const packageDir = join(require.resolve(`${build.pkg}/package.json`), '..');
  const inflater = require(build.inflater) as Inflate | { default: Inflate };
  const inflate = 'inflate' in inflater ? inflater : inflater.default;
  const staging = `${target}.staging`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const savedTmp = process.env['TMPDIR'];
  process.env['TMPDIR'] = staging; // os.tmpdir() is read at each call: the package unpacks into staging
  try {
    for (const file of ['chromium.br', 'aws.tar.br', 'swiftshader.tar.br']) {
      const packed = join(packageDir, 'bin', file);
      if (existsSync(packed)) await inflate.inflate(packed);
    }
  } finally {
    if (savedTmp === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = savedTmp;
  }
  if (!existsSync(join(staging, 'chromium'))) throw new Error(`${build.pkg}: no chromium after unpacking into ${staging}`);
  renameSync(staging, target);
}

const unpacked = new Map<string, Promise<string>>();

/** The folder holding the unpacked build (chromium, aws/lib, swiftshader); unpacks it once per machine. */
function unpackedBuild(name: 'chromium-86' | 'chromium-108'): Promise<string> {
  let pending = unpacked.get(name);
  if (pending) return pending;
  pending = (async () => {
    const build = packedBuilds[name];
    const root = join(tmpdir(), 'gov-info-report-engines');
    mkdirSync(root, { recursive: true });
    const target = join(root, name);
    const lock = `${target}.lock`;
    for (;;) {
      if (existsSync(join(target, 'chromium'))) return target;
      try {
        mkdirSync(lock);
      } catch {
        const held = statSync(lock, { throwIfNoEntry: false });
        if (held && Date.now() - held.mtimeMs > 5 * 60_000) rmSync(lock, { recursive: true, force: true });
        await sleep(250);
        continue;
      }
      try {
        if (!existsSync(join(target, 'chromium'))) await unpack(build, target);
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
    }
  })();
  unpacked.set(name, pending);
  return pending;
}

/** The engine, ready to launch (an old one is unpacked on first use). */
export async function engine(name: EngineName): Promise<Engine> {
  if (name === 'chromium-current') {
    return { name, major: undefined, executablePath: chromiumPath, args: chromiumArgs, env: undefined, launcher: currentPlaywright };
  }
  const dir = await unpackedBuild(name);
  const libraries = [join(dir, 'aws', 'lib'), join(dir, 'swiftshader'), dir, process.env['LD_LIBRARY_PATH'] ?? ''].filter(Boolean).join(':');
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  env['LD_LIBRARY_PATH'] = libraries;
  return {
    name,
    major: packedBuilds[name].major,
    executablePath: join(dir, 'chromium'),
    args: oldEngineArgs,
    env,
    launcher: name === 'chromium-86' ? (playwright132 as unknown as typeof currentPlaywright) : currentPlaywright,
  };
}

export const engineNames: readonly EngineName[] = ['chromium-current', 'chromium-108', 'chromium-86'];
