import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { printedLabels } from '../../src/template/printedLabels.ts';
import type { HeaderNode } from '../../src/template/tableTypes.ts';
import { tables } from '../../src/template/tables.ts';

// Issue 25: a template label is written once in src/ — in the file of the table that prints it — and
// everything else (the grids, the .docx and HTML line breaks, messages, the import matchers) reads it
// from there, so a label changed in the template changes everywhere.
const root = join(import.meta.dirname, '..', '..', 'src');
const tableFiles: Readonly<Record<string, string>> = { active: 'template/activeTable.ts', requests: 'template/requestsTable.ts', appeals: 'template/appealsTable.ts' };

/** Strings equal to a label that mean something else, each with its reason. */
const otherMeanings: Readonly<Record<string, readonly string[]>> = {
  'render/review/reviewColumns.ts': ['其他'], // the agency kind 其他 (beside 部门, 人民政府), not table 三's column
};
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const parsed = new Map<string, string[]>();
/** Every string a file writes: literals, template-literal pieces, JSX text; printed('a|b') read as 'ab'. */
function writtenStrings(path: string): string[] {
  const known = parsed.get(path);
  if (known) return known;
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const strings: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      const call = node.parent;
      const marked = ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === 'printed';
      strings.push(marked ? node.text.replaceAll('|', '') : node.text);
    } else if (ts.isJsxText(node) && node.text.trim() !== '') {
      strings.push(node.text.trim());
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  parsed.set(path, strings);
  return strings;
}

const shortForms = (nodes: readonly HeaderNode[]): string[] => nodes.flatMap((node) => [...(node.short ? [node.short] : []), ...shortForms(node.children ?? [])]);
/** Each table's labels and the short forms its nodes give for messages. */
const namesOf = (id: string): Set<string> => {
  const table = tables.find((t) => t.id === id);
  if (!table) return new Set();
  const shorts = table.kind === 'matrix' ? shortForms([...table.columns, ...table.rows]) : [];
  return new Set([...printedLabels(table).map((p) => p.label), ...shorts]);
};

describe('a template label is written once in src/', () => {
  const files = sourceFiles(root);
  const allNames = new Set(tables.flatMap((table) => [...namesOf(table.id)]));
  const isTableFile = (file: string) => Object.values(tableFiles).includes(relative(root, file));

  it('finds the three tables’ labels', () => {
    // 73 labels and short forms today; a miss here would make the checks below pass vacuously.
    expect(allNames.size).toBeGreaterThan(70);
    expect(allNames).toContain('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请');
    expect(allNames).toContain('其他（法人或其他组织）');
  });

  it('outside the tables’ own files, no string in src/ is a table label', () => {
    const found = files.filter((file) => !isTableFile(file)).flatMap((file) => {
      const name = relative(root, file);
      const allowed = new Set(otherMeanings[name] ?? []);
      return writtenStrings(file).filter((text) => allNames.has(text) && !allowed.has(text)).map((text) => `${name}: ${text}`);
    });
    expect(found).toEqual([]);
  });

  it('outside the tables’ own files, no message or place quotes a table label as typed text (「…」, “…”)', () => {
    const quoted = (label: string) => [`「${label}」`, `「${label} `, ` ${label}」`, `“${label}”`];
    const found = files.filter((file) => !isTableFile(file)).flatMap((file) => {
      const name = relative(root, file);
      return writtenStrings(file).flatMap((text) =>
        [...allNames].filter((label) => quoted(label).some((form) => text.includes(form))).map((label) => `${name}: ${label} in ${text.slice(0, 60)}`));
    });
    expect(found).toEqual([]);
  });

  it('a table’s title is its part’s heading, written in sections.ts only', () => {
    const headings = new Set(tables.map((table) => table.section));
    expect(headings.size).toBe(3);
    const found = files.filter((file) => relative(root, file) !== 'template/sections.ts').flatMap((file) =>
      writtenStrings(file).filter((text) => [...headings].some((heading) => text.includes(heading))).map((text) => `${relative(root, file)}: ${text.slice(0, 60)}`));
    expect(found).toEqual([]);
  });

  it('in a table’s own file, each of its labels is written once', () => {
    for (const [id, file] of Object.entries(tableFiles)) {
      const names = namesOf(id);
      const written = writtenStrings(join(root, file)).filter((text) => names.has(text));
      const twice = written.filter((text, i) => written.indexOf(text) !== i);
      expect(twice, file).toEqual([]);
      expect(new Set(written).size, file).toBe(names.size);
    }
  });

  it('lists no file as repeating a label that no longer does', () => {
    for (const [file, labels] of Object.entries(otherMeanings)) {
      const written = new Set(writtenStrings(join(root, file)));
      expect(labels.filter((label) => !written.has(label)), file).toEqual([]);
    }
  });
});
