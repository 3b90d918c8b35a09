/**
 * Shared browser harness for end-to-end tests and benchmarks.
 *
 *   const session = await openApp();          // built app, served under /reports/, fresh Chromium profile
 *   await session.page.getByRole('button', { name: '基本信息' }).click();
 *   expect(session.externalRequests).toEqual([]);
 *   await close();                            // in afterAll: every session, the browser profiles, the server
 *
 * The app is built once per source state: `vite build` into <os.tmpdir()>/gov-info-report-e2e/<hash of the
 * sources>, guarded by a lock directory so parallel test files never build twice. It is served by a small
 * node:http static server on 127.0.0.1 (random port) under a sub-path, as on an intranet server, and opened
 * in Debian's Chromium (no browser download). Every request to a host other than 127.0.0.1/localhost is
 * recorded in `externalRequests`; uncaught page errors in `pageErrors`.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { engine, type EngineName } from './engines.ts';
import { serveDirectories } from './staticServer.ts';

export const basePath = '/reports/';
const projectRoot = join(import.meta.dirname, '..', '..');


// ---- build (once per source state) ----

const buildInputs = ['src', 'public', 'build', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => filesUnder(join(path, name)));
}

function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of buildInputs.flatMap((input) => filesUnder(join(projectRoot, input)))) {
    hash.update(relative(projectRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const lockStaleMs = 15 * 60_000; // a build on a loaded 2-core machine takes minutes

function runViteBuild(outDir: string, mode: 'production' | 'single'): void {
  const viteBin = join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [viteBin, 'build', '--mode', mode, '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

// Builds of older source states pile up in tmpdir: drop those untouched for a day (never one in use).
function pruneOldBuilds(root: string): void {
  const dayAgo = Date.now() - 24 * 60 * 60_000;
  for (const name of readdirSync(root)) {
    const done = statSync(join(root, name, '.built'), { throwIfNoEntry: false });
    if (done && done.mtimeMs < dayAgo) rmSync(join(root, name), { recursive: true, force: true });
  }
}

const builds = new Map<string, Promise<string>>();

/** The directory holding a build of this source state (`single`: the one-file build); builds it once. */
function buildOnce(mode: 'production' | 'single'): Promise<string> {
  let built = builds.get(mode);
  if (built) return built;
  built = (async () => {
    const root = join(tmpdir(), 'gov-info-report-e2e');
    mkdirSync(root, { recursive: true });
    const outDir = join(root, mode === 'single' ? `${sourceHash()}-single` : sourceHash());
    const done = join(outDir, '.built');
    const lock = `${outDir}.lock`;
    for (;;) {
      if (existsSync(done)) return outDir;
      try {
        mkdirSync(lock); // atomic: whoever creates it builds
      } catch {
        const held = statSync(lock, { throwIfNoEntry: false });
        if (held && Date.now() - held.mtimeMs > lockStaleMs) rmSync(lock, { recursive: true, force: true });
        await sleep(250);
        continue;
      }
      try {
        if (!existsSync(done)) {
          pruneOldBuilds(root);
          runViteBuild(outDir, mode);
          writeFileSync(done, new Date().toISOString());
        }
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
    }
  })();
  builds.set(mode, built);
  return built;
}

/** The directory holding the built app; builds it if this source state has not been built yet. */
export const buildApp = (): Promise<string> => buildOnce('production');

/** The one-file build (report-assistant.html) of this source state, as a file:// URL. */
export async function singleFileUrl(): Promise<string> {
  const dir = await buildOnce('single');
  return pathToFileURL(join(dir, 'report-assistant.html')).href;
}

// ---- static server ----


let server: ReturnType<typeof serveDirectories> | undefined;

/** Serves the built app under basePath on 127.0.0.1 (random port); returns the app's URL. */
export async function serveApp(): Promise<string> {
  server ??= buildApp().then((dir) => serveDirectories({ [basePath]: dir }));
  const { origin } = await server;
  return `${origin}${basePath}`;
}

// ---- browser sessions ----

export type AppSession = {
  readonly context: BrowserContext;
  /** The first tab, already showing the app. */
  readonly page: Page;
  /** The app's URL (ends with basePath). */
  readonly url: string;
  /** Every request to a host other than 127.0.0.1/localhost, as URL strings. */
  readonly externalRequests: string[];
  /** Every request the browser made for this session's pages and workers (any scheme), as URL strings. */
  readonly requests: string[];
  /** Uncaught errors thrown in any page of this session. */
  readonly pageErrors: string[];
  /** Opens another tab on the app in the same profile (same IndexedDB). */
  newPage(): Promise<Page>;
  close(): Promise<void>;
};

const localHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);
const sessions = new Set<AppSession>();

export type OpenOptions = {
  /** Viewport; default 1400×900. */
  readonly viewport?: { width: number; height: number };
  /** Accept downloads (saved files); default true. */
  readonly acceptDownloads?: boolean;
  /** The browser engine; default Debian's current Chromium (see engines.ts for 86 and 108). */
  readonly engine?: EngineName;
  /** The page to open instead of the served app (e.g. the one-file build as a file:// URL). */
  readonly url?: string;
};

/** A fresh Chromium profile (empty IndexedDB) with the app open and loaded. */
export async function openApp(options: OpenOptions = {}): Promise<AppSession> {
  const url = options.url ?? (await serveApp());
  const browser = await engine(options.engine ?? 'chromium-current');
  const profile = mkdtempSync(join(tmpdir(), 'gov-info-report-profile-'));
  const context = await browser.launcher.launchPersistentContext(profile, {
    executablePath: browser.executablePath,
    args: [...browser.args],
    ...(browser.env ? { env: browser.env } : {}),
    viewport: options.viewport ?? { width: 1400, height: 900 },
    acceptDownloads: options.acceptDownloads ?? true,
    locale: 'zh-CN',
  });
  const externalRequests: string[] = [];
  const requests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => {
    requests.push(request.url());
    const target = new URL(request.url());
    if ((target.protocol === 'http:' || target.protocol === 'https:' || target.protocol.startsWith('ws')) && !localHosts.has(target.hostname)) {
      externalRequests.push(request.url());
    }
  });
  const watched = new WeakSet<Page>();
  const watch = (page: Page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  };
  context.on('page', watch);
  context.pages().forEach(watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  await page.goto(url);
  const session: AppSession = {
    context,
    page,
    url,
    externalRequests,
    requests,
    pageErrors,
    newPage: async () => {
      const tab = await context.newPage();
      await tab.goto(url);
      return tab;
    },
    close: async () => {
      sessions.delete(session);
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  sessions.add(session);
  return session;
}

/** Closes every open session and the server (call in afterAll). */
export async function close(): Promise<void> {
  await Promise.all([...sessions].map((session) => session.close()));
  if (server) {
    const running = await server;
    server = undefined;
    await running.close();
  }
}
