/**
 * The one-file build (`vite build --mode single`, `npm run build:single`): dist-single/report-assistant.html
 * holds the whole app and runs opened straight from disk (file://), offline.
 *
 * From file:// a browser refuses module scripts and workers by URL, so every script file the build wrote
 * (JS chunks of the page, and every worker, whatever its name) is put into the page as inert text —
 * `<script type="application/octet-stream" data-file="assets/x.js">` — and turned into a blob: URL only
 * when it is first needed. A small inline script (allowed by its hash) does that:
 *   - static imports between chunks name `"single-file:assets/x.js"`, replaced by the blob: URLs
 *     of those chunks (made first, depth-first) before a chunk's own blob: URL is made;
 *   - dynamic imports become `__singleFile.import("assets/x.js")`: a lazy part (pdf.js, the .docx writer,
 *     mammoth, the ledger reader) is parsed only when the clerk uses it, as in the served build;
 *   - `new URL("x.js", import.meta.url)` for any file of the build (a worker) becomes that file's blob: URL,
 *     so a worker added on another branch (`new Worker(new URL('./x.worker.ts', import.meta.url), …)`) works
 *     without changes here. Each worker is built as one file (its own lazy imports inlined), since a worker
 *     started from a blob: URL has no folder to load its chunks from.
 * CSS goes into one inline <style>; the favicon into a data: URL. The policy then allows the inline scripts
 * by hash and adds `blob:` to script-src and worker-src — the only widening, and only in this build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { OutputAsset, OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin, UserConfig } from 'vite';
import { hasModernApis, polyfillChunk } from './polyfillGate.ts';
import { withSecurityPolicy } from './securityPolicy.ts';

const projectRoot = join(import.meta.dirname, '..');

export const singleFileName = 'report-assistant.html';
export const singleFileOutDir = 'dist-single';

const token = (file: string) => `single-file:${file}`;

/** Files a chunk's code names relative to itself, resolved to bundle paths. */
const resolveFrom = (chunk: string, specifier: string) => posix.normalize(posix.join(posix.dirname(chunk), specifier));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text that can stand inside a <script> element unchanged in meaning (strings, regexes and templates read \x3C as <). */
const inertScriptText = (code: string) => code.replace(/<(\/script|!--)/gi, '\\x3C$1');

/** Rewrites one JS file of the build so that it loads its siblings through the page's runtime. */
function rewriteChunk(fileName: string, code: string, files: ReadonlySet<string>, staticImports: readonly string[]): string {
  let out = code;
  // new URL("x.js", import.meta.url) — a worker or another file of the build.
  out = out.replace(/new URL\(\s*(["'`])([^"'`]+)\1\s*,\s*import\.meta\.url\s*\)/g, (whole, _quote: string, specifier: string) => {
    const target = resolveFrom(fileName, specifier);
    return files.has(target) ? `new URL(__singleFile.url(${JSON.stringify(target)}))` : whole;
  });
  // import("./x.js") — a lazy part.
  out = out.replace(/\bimport\(\s*(["'`])(\.{1,2}\/[^"'`]+)\1\s*\)/g, (whole, _quote: string, specifier: string) => {
    const target = resolveFrom(fileName, specifier);
    return files.has(target) ? `__singleFile.import(${JSON.stringify(target)})` : whole;
  });
  // import … from "./x.js", import "./x.js", export … from "./x.js"
  for (const target of staticImports) {
    const specifier = `./${posix.relative(posix.dirname(fileName), target)}`.replace(/^\.\/\.\.\//, '../');
    const pattern = new RegExp(`(\\bfrom\\s*|\\bimport\\s*)(["'\`])${escapeRegExp(specifier)}\\2`, 'g');
    out = out.replace(pattern, (_whole, keyword: string) => `${keyword}"${token(target)}"`);
  }
  return out;
}

// The runtime, as an inline classic script. `graph` maps a file to the files it imports statically. It
// stands right after the parts the first screen needs and before the lazy ones, so the app starts while
// the browser is still reading the rest of the page; a lazy part asked for before the browser has read it
// (and every file it imports) is made once the page is read.
function runtimeScript(graph: Record<string, string[]>, entries: readonly string[], polyfills: string | undefined): string {
  return `(function () {
  var graph = ${JSON.stringify(graph)};
  var urls = {};
  var making = {};
  function node(file) {
    return document.querySelector('script[data-file="' + file + '"]');
  }
  function text(file) {
    var found = node(file);
    if (!found) throw new Error('单文件版缺少部件 ' + file);
    return found.textContent;
  }
  function present(file, seen) {
    if (urls[file] || seen[file]) return true;
    seen[file] = true;
    if (!node(file)) return false;
    var deps = graph[file] || [];
    for (var i = 0; i < deps.length; i++) if (!present(deps[i], seen)) return false;
    return true;
  }
  function parsed() {
    return new Promise(function (resolve) {
      if (document.readyState !== 'loading') resolve();
      else document.addEventListener('DOMContentLoaded', function () { resolve(); }, { once: true });
    });
  }
  function url(file) {
    if (urls[file]) return urls[file];
    if (making[file]) throw new Error('单文件版部件循环引用 ' + file);
    making[file] = true;
    var code = text(file);
    var deps = graph[file] || [];
    for (var i = 0; i < deps.length; i++) code = code.split('"single-file:' + deps[i] + '"').join('"' + url(deps[i]) + '"');
    urls[file] = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    return urls[file];
  }
  function load(file) {
    return (present(file, {}) ? Promise.resolve() : parsed()).then(function () { return import(url(file)); });
  }
  window.__singleFile = { url: url, import: load };
  var entries = ${JSON.stringify(entries)};
  ${polyfills ? `if (!(${hasModernApis})) entries.unshift(${JSON.stringify(polyfills)});` : ''}
  var chain = Promise.resolve();
  entries.forEach(function (file) { chain = chain.then(function () { return load(file); }); });
  chain.catch(function (error) { console.error(error); });
})();`;
}

function assembleHtml(html: string, bundle: OutputBundle): string {
  const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
  const assets = Object.values(bundle).filter((file): file is OutputAsset => file.type === 'asset');
  const scriptAssets = assets.filter((asset) => asset.fileName.endsWith('.js') || asset.fileName.endsWith('.mjs'));
  const files = new Set([...chunks, ...scriptAssets].map((file) => file.fileName));
  const graph: Record<string, string[]> = {};
  const texts: { file: string; code: string }[] = [];
  for (const chunk of chunks) {
    graph[chunk.fileName] = [...chunk.imports];
    texts.push({ file: chunk.fileName, code: rewriteChunk(chunk.fileName, chunk.code, files, chunk.imports) });
  }
  for (const asset of scriptAssets) {
    const code = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
    texts.push({ file: asset.fileName, code: rewriteChunk(asset.fileName, code, files, []) });
  }
  // Module scripts the page names, in order (core-js polyfills first, then the entry).
  const entries: string[] = [];
  let page = html.replace(/\s*<script type="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>/g, (_whole, src: string) => {
    entries.push(posix.normalize(src.replace(/^\.\//, '')));
    return '';
  });
  page = page.replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  // The served page's polyfill loader writes a script tag by URL: here the runtime loads the chunk instead.
  page = page.replace(/\s*<script data-polyfills>[\s\S]*?<\/script>/, '');
  const styles = assets.filter((asset) => asset.fileName.endsWith('.css')).map((asset) => String(asset.source)).join('\n');
  page = page.replace(/\s*<link rel="stylesheet"[^>]*>/g, '');
  page = page.replace('</head>', () => `  <style>\n${styles.replace(/<\/style/gi, '<\\/style')}\n</style>\n  </head>`);
  const favicon = join(projectRoot, 'public', 'favicon.svg');
  page = page.replace(/<link rel="icon"[^>]*>/, () => existsSync(favicon) ? `<link rel="icon" href="data:image/svg+xml;base64,${readFileSync(favicon).toString('base64')}">` : '');
  // The parts the first screen needs (entries and what they import, polyfills too) come first, then the
  // runtime, then the lazy parts, smallest first (UI pieces before pdf.js and the .docx writer).
  const polyfills = polyfillChunk(bundle);
  const startup = new Set<string>();
  const visit = (file: string) => {
    if (startup.has(file)) return;
    startup.add(file);
    (graph[file] ?? []).forEach(visit);
  };
  [...(polyfills ? [polyfills] : []), ...entries].forEach(visit);
  const inert = ({ file, code }: { file: string; code: string }) => `<script type="application/octet-stream" data-file="${file}">${inertScriptText(code)}</script>`;
  const first = texts.filter((part) => startup.has(part.file)).map(inert).join('\n');
  const later = texts.filter((part) => !startup.has(part.file)).sort((a, b) => a.code.length - b.code.length).map(inert).join('\n');
  if (!page.includes('<div id="root"></div>')) throw new Error('single-file build: no <div id="root"></div> in index.html');
  page = page.replace('<div id="root"></div>', () => `<div id="root"></div>\n${first}\n<script>${runtimeScript(graph, entries, polyfills)}</script>`);
  page = page.replace('</body>', () => `${later}\n</body>`);
  return withSecurityPolicy(page, { blob: true });
}

/** Vite settings and the plugin for `--mode single`. */
export function singleFileConfig(): UserConfig {
  return {
    build: {
      outDir: singleFileOutDir,
      cssCodeSplit: false,
      modulePreload: false,
      assetsInlineLimit: 0,
      copyPublicDir: false,
    },
    worker: { rolldownOptions: { output: { codeSplitting: false } } },
    plugins: [singleFilePlugin()],
  };
}

function singleFilePlugin(): Plugin {
  return {
    name: 'single-file-build',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (!index || index.type !== 'asset') throw new Error('single-file build: no index.html in the bundle');
        const html = assembleHtml(String(index.source), bundle);
        for (const name of Object.keys(bundle)) delete bundle[name];
        this.emitFile({ type: 'asset', fileName: singleFileName, source: html });
      },
    },
  };
}
