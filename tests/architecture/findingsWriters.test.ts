import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 25: values flow one way — writers write the form; the findings store hears the form (followForm) and
// nobody else tells it what changed.
const src = join(import.meta.dirname, '..', '..', 'src');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });

describe('the findings store', () => {
  it('is written by its own form listener only: no other file calls its recompute or cellChanged', () => {
    const writers = files(src).filter((path) => {
      const text = readFileSync(path, 'utf8');
      // The store's own methods are called on a variable named after it (findingsStore, store, findings).
      return /\b(?:findingsStore|findings|store)\s*\.\s*(?:recompute|cellChanged)\s*\(/.test(text);
    });
    expect(writers.map((path) => relative(src, path))).toEqual(['ui/findings/followForm.ts']);
  });
});
