import { gzipSync } from 'node:zlib';
import type { BuiltFile, ProductionBuild } from './productionBuild.ts';

/** Libraries that must stay out of the first load: they are only needed to write or read a .docx. */
export const lazyLibraries = ['docx', 'mammoth'] as const;
export type LazyLibrary = (typeof lazyLibraries)[number];

// Strings that only the libraries' own code contains, for a check that does not rely on module ids.
export const libraryMarkers: Readonly<Record<LazyLibrary, readonly string[]>> = {
  docx: ['http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas', 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape'],
  mammoth: ['Did not understand this style mapping', 'Could not find file in options'],
};

export type SizedFile = { readonly fileName: string; readonly raw: number; readonly gzip: number };

export type InitialLoad = {
  /** Files the browser fetches before the app can run: the entry script, its static imports, preloads, stylesheets. */
  readonly js: readonly SizedFile[];
  readonly css: readonly SizedFile[];
  readonly jsGzip: number;
  readonly cssGzip: number;
  /** Every other chunk (loaded on demand), with the lazy libraries it holds. */
  readonly lazy: readonly (SizedFile & { readonly libraries: readonly LazyLibrary[] })[];
  /** For each lazy library: the initial files holding its modules or its markers (must be empty). */
  readonly leaks: Readonly<Record<LazyLibrary, readonly string[]>>;
};

// Default zlib level (6), about what a web server's on-the-fly gzip sends.
export const gzipSize = (bytes: Uint8Array): number => gzipSync(bytes).byteLength;
const sized = (file: BuiltFile): SizedFile => ({ fileName: file.fileName, raw: file.bytes.byteLength, gzip: gzipSize(file.bytes) });

const moduleOf = (library: LazyLibrary) => new RegExp(`[\\\\/]node_modules[\\\\/]${library}[\\\\/]`);

export function librariesIn(file: BuiltFile): LazyLibrary[] {
  const text = new TextDecoder().decode(file.bytes);
  return lazyLibraries.filter(
    (library) => file.moduleIds.some((id) => moduleOf(library).test(id)) || libraryMarkers[library].some((marker) => text.includes(marker)),
  );
}

/** The script, modulepreload and stylesheet URLs index.html names, relative to the build directory. */
export function referencedByHtml(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  const styles: string[] = [];
  const clean = (url: string) => url.replace(/^\.?\//, '');
  for (const [, url] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) if (url) scripts.push(clean(url));
  for (const [tag = ''] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (!href) continue;
    if (/\brel="modulepreload"/.test(tag)) scripts.push(clean(href));
    else if (/\brel="stylesheet"/.test(tag)) styles.push(clean(href));
  }
  return { scripts, styles };
}

/** What the first page load fetches, its gzip size, and where docx and mammoth ended up. */
export function initialLoad(build: ProductionBuild): InitialLoad {
  const html = build.files.get('index.html');
  if (!html) throw new Error('the build has no index.html');
  const { scripts, styles } = referencedByHtml(new TextDecoder().decode(html.bytes));
  // Static imports load before the entry runs, preloaded or not: follow them.
  const initialJs = new Set<string>();
  const visit = (name: string) => {
    if (initialJs.has(name)) return;
    const file = build.files.get(name);
    if (!file) throw new Error(`index.html names ${name}, which the build does not contain`);
    initialJs.add(name);
    file.imports.forEach(visit);
  };
  scripts.forEach(visit);
  const file = (name: string): BuiltFile => {
    const found = build.files.get(name);
    if (!found) throw new Error(`missing ${name}`);
    return found;
  };
  const js = [...initialJs].map((name) => sized(file(name)));
  const css = styles.map((name) => sized(file(name)));
  const lazy = [...build.files.values()]
    .filter((f) => f.kind === 'chunk' && !initialJs.has(f.fileName))
    .map((f) => ({ ...sized(f), libraries: librariesIn(f) }));
  const leaks = Object.fromEntries(
    lazyLibraries.map((library) => [library, [...initialJs].filter((name) => librariesIn(file(name)).includes(library))]),
  ) as Record<LazyLibrary, string[]>;
  const total = (files: readonly SizedFile[]) => files.reduce((sum, f) => sum + f.gzip, 0);
  return { js, css, jsGzip: total(js), cssGzip: total(css), lazy, leaks };
}

/** node_modules package name or src/<layer> of a module id. */
export function moduleGroup(id: string): string {
  const inPackage = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id);
  if (inPackage?.[1]) return inPackage[1].replace('\\', '/');
  const inSource = /[\\/]src[\\/]([^\\/]+)/.exec(id);
  return inSource?.[1] ? `src/${inSource[1]}` : 'other';
}

/**
 * Approximate share of the initial JS gzip per package or source layer: each chunk's gzip size split in
 * proportion to its modules' rendered lengths (minification and compression do not shrink all code alike).
 */
export function initialShares(build: ProductionBuild, load: InitialLoad): { group: string; gzip: number }[] {
  const shares = new Map<string, number>();
  for (const sized of load.js) {
    const file = build.files.get(sized.fileName);
    if (!file) continue;
    const lengths = Object.entries(file.moduleLengths);
    const total = lengths.reduce((sum, [, length]) => sum + length, 0);
    if (total === 0) continue;
    for (const [id, length] of lengths) shares.set(moduleGroup(id), (shares.get(moduleGroup(id)) ?? 0) + (sized.gzip * length) / total);
  }
  return [...shares].map(([group, gzip]) => ({ group, gzip })).sort((a, b) => b.gzip - a.gzip);
}
