import { afterEach, describe, expect, it, vi } from 'vitest';
import { labelWords } from '../../src/render/labelWords.ts';
import { printed } from '../../src/template/printedLabel.ts';
import { printedLabels } from '../../src/template/printedLabels.ts';
import type { HeaderNode } from '../../src/template/tableTypes.ts';
import { tables } from '../../src/template/tables.ts';

// Issue 25: where a printed label may break a line is written on the label's own template node, so a label
// changed in the template keeps its line breaks in the .docx and on the web page.
describe('a label’s line breaks come from its template node', () => {
  afterEach(() => {
    vi.doUnmock('../../src/template/appealsTable.ts');
    vi.resetModules();
  });

  it('printed() reads "|" as a place to break and keeps the label verbatim without the marks', () => {
    expect(printed('本年|制发|件数')).toEqual({ label: '本年制发件数', words: ['本年', '制发', '件数'] });
    expect(printed('自然人')).toEqual({ label: '自然人', words: ['自然人'] });
  });

  it('every label the tables print breaks as its node says, and no word is a single character', () => {
    const labels = tables.flatMap(printedLabels);
    expect(labels.length).toBeGreaterThan(70);
    for (const { label, words } of labels) {
      expect(words.join(''), label).toBe(label);
      expect(labelWords(label), label).toEqual(words);
      expect(words.filter((word) => [...word].length === 1), label).toEqual([]);
    }
  });

  it('gives one label the same words wherever the tables print it (总计, 信息内容 …)', () => {
    const seen = new Map<string, string>();
    for (const { label, words } of tables.flatMap(printedLabels)) {
      expect(words.join('|'), label).toBe(seen.get(label) ?? words.join('|'));
      seen.set(label, words.join('|'));
    }
  });

  it('follows a label changed in the template into the words, the lines and the web page', async () => {
    vi.resetModules();
    vi.doMock('../../src/template/appealsTable.ts', async (importOriginal) => {
      const original = await importOriginal<typeof import('../../src/template/appealsTable.ts')>();
      const relabel = (nodes: readonly HeaderNode[]): HeaderNode[] =>
        nodes.map((node) => (node.key === 'suitAfterReview' ? { ...node, ...printed('经复议后|提起|诉讼') } : { ...node, ...(node.children ? { children: relabel(node.children) } : {}) }));
      return { appealsTable: { ...original.appealsTable, columns: relabel(original.appealsTable.columns) } };
    });
    const render = await import('../../src/render/labelWords.ts');
    expect(render.labelWords('经复议后提起诉讼')).toEqual(['经复议后', '提起', '诉讼']);
    expect(render.labelLines('经复议后提起诉讼', 4)).toEqual(['经复议后', '提起诉讼']);
    // The old label is no longer printed: one piece, as any text the tables do not print.
    expect(render.labelWords('复议后起诉')).toEqual(['复议后起诉']);
    const { renderHtml } = await import('../../src/render/html/renderHtml.ts');
    const { layoutReport } = await import('./layoutFixtures.ts');
    const html = renderHtml(layoutReport);
    expect(html).toContain('经复议后<wbr>提起<wbr>诉讼');
    expect(html).not.toContain('复议后<wbr>起诉');
  });
});
