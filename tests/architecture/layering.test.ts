import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

// design.md: template → model → render/import/storage → ui/cli; the core imports no React, docx, TanStack or DOM.
const root = join(import.meta.dirname, '..', '..', 'src');
const layers = ['template', 'model', 'render', 'import', 'storage', 'ui', 'cli'] as const;
type Layer = (typeof layers)[number];
const allowed: Record<Layer, readonly Layer[]> = {
  template: ['template'],
  model: ['template', 'model'],
  render: ['template', 'model', 'render'],
  import: ['template', 'model', 'import'],
  storage: ['template', 'model', 'storage'],
  ui: ['template', 'model', 'render', 'import', 'storage', 'ui'],
  cli: ['template', 'model', 'render', 'import', 'cli'],
};
const forbiddenPackages: Partial<Record<Layer, RegExp>> = {
  template: /^(react|react-dom|docx|mammoth|@tanstack\/|react-hook-form|zod|node:)/,
  model: /^(react|react-dom|docx|mammoth|@tanstack\/|react-hook-form|node:)/,
  render: /^(react|react-dom|@tanstack\/|react-hook-form|node:)/,
  import: /^(react|react-dom|@tanstack\/|react-hook-form)/,
  storage: /^(react|react-dom|docx|mammoth|@tanstack\/|react-hook-form|node:)/,
};
const domGlobals = /\b(document|window|localStorage|indexedDB|navigator|HTMLElement|DOMParser)\b/;
const browserStorage = /\b(localStorage|sessionStorage|indexedDB)\b/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function imports(source: string): string[] {
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
}

const layerOf = (file: string): Layer | undefined => layers.find((layer) => relative(root, file).startsWith(`${layer}/`));

describe('architecture', () => {
  const files = sourceFiles(root);

  it('finds the source layers', () => {
    expect(files.some((f) => layerOf(f) === 'template')).toBe(true);
    expect(files.some((f) => layerOf(f) === 'model')).toBe(true);
  });

  for (const layer of layers) {
    it(`${layer}/ imports only from the layers it may use`, () => {
      const violations = files
        .filter((file) => layerOf(file) === layer)
        .flatMap((file) =>
          imports(readFileSync(file, 'utf8')).flatMap((spec) => {
            if (spec.startsWith('.')) {
              const target = layerOf(join(file, '..', spec));
              return target && !allowed[layer].includes(target) ? [`${relative(root, file)} → ${spec}`] : [];
            }
            const banned = forbiddenPackages[layer];
            return banned?.test(spec) ? [`${relative(root, file)} → ${spec}`] : [];
          }),
        );
      expect(violations).toEqual([]);
    });
  }

  it('template/ and model/ use no DOM', () => {
    const offenders = files
      .filter((file) => layerOf(file) === 'template' || layerOf(file) === 'model')
      .filter((file) => domGlobals.test(readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
  });

  it('storage/ is the only folder that touches browser storage (localStorage, sessionStorage, IndexedDB)', () => {
    const offenders = files
      .filter((file) => layerOf(file) !== 'storage')
      .filter((file) => browserStorage.test(readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '')))
      .map((file) => relative(root, file));
    expect(offenders).toEqual([]);
    expect(files.some((file) => layerOf(file) === 'storage' && browserStorage.test(readFileSync(file, 'utf8')))).toBe(true);
  });

  it('has no barrel index files', () => {
    expect(files.filter((file) => /\/index\.tsx?$/.test(file)).map((file) => relative(root, file))).toEqual([]);
  });
});
