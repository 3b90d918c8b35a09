import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/import/importReport.ts';
import { textToBlocks } from '../../src/import/textToBlocks.ts';
import { fixtureFigures } from './fixtureFigures.ts';
import { allCells, readFixture } from './readFixture.ts';

type Rows = readonly (readonly string[])[];

// The same tables flattened the ways copies from pages, spreadsheets and PDFs flatten them.
const styles: Readonly<Record<string, (rows: Rows) => string>> = {
  'one row per line with |': (rows) => rows.map((row) => `${row.join(' | ')} |`).join('\n'),
  'one cell per line with |': (rows) => rows.flat().map((cell) => `${cell} |`).join('\n'),
  'tab-separated': (rows) => rows.map((row) => row.join('\t')).join('\n'),
  'one cell per line, no separators, empty cells gone': (rows) => rows.flat().filter((cell) => cell !== '').join('\n'),
  'a row per line, cells separated by spaces (text from a PDF)': (rows) =>
    rows.map((row) => row.filter((cell) => cell !== '').map((cell) => cell.replace(/\s+/g, '')).join(' ')).join('\n'),
};

const restyle = (text: string, style: (rows: Rows) => string) =>
  textToBlocks(text).map((block) => (block.kind === 'paragraph' ? block.text : style(block.rows))).join('\n');

describe('the matcher reads tables however they were flattened', () => {
  for (const [name, style] of Object.entries(styles)) {
    it(`${name}: all 200 cells of the cell-per-line fixture`, async () => {
      const result = await importReport({ kind: 'text', data: restyle(readFixture('cell-per-line.txt'), style) });
      expect(result.ok).toBe(true);
      if (result.ok) expect(allCells(result.report)).toEqual(fixtureFigures);
    });
  }

  it('reads a long label broken over two cells and 1、 numbering', async () => {
    const text = readFixture('pipe-rows.txt')
      .replace('(二)部分公开(区分处理的', '(二)部分公开 | (区分处理的')
      .replace('2.其他法律行政法规禁止公开', '2、其他法律、行政法规禁止公开');
    const result = await importReport({ kind: 'text', data: text });
    expect(result.ok && allCells(result.report)).toEqual({ ...fixtureFigures, 'tables.active.coercion.decisions': null });
  });

  it('lists a row it cannot find, leaving its cells blank', async () => {
    const text = readFixture('pipe-rows.txt').replace(/^3\.其他 \|.*$/m, '');
    const result = await importReport({ kind: 'text', data: text });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.report.tables.requests.otherHandling).toMatchObject({ other: { natural: null, total: null } });
    const note = result.notes.find((n) => n.message.includes('3.其他'));
    expect(note?.message).toBe('表三（收到和处理政府信息公开申请情况）中未找到「3.其他」一行，该行各格留空');
    expect(note?.paths).toHaveLength(7);
  });

  it('lists a cell holding something that is not a number instead of guessing', async () => {
    const text = readFixture('pipe-rows.txt').replace('行政处罚 | 48 |', '行政处罚 | — |');
    const result = await importReport({ kind: 'text', data: text });
    expect(result.ok && result.report.tables.active.punishment).toEqual({ decisions: null });
    expect(result.ok && result.notes.map((n) => n.message)).toContain('表二「行政处罚 / 本年处理决定数量」的内容“—”不是有效数字，已留空');
  });
});

describe('merged cells repeated in every position they cover (as spreadsheets export them)', () => {
  it('reads all 200 cells of a complete report', async () => {
    const { tables } = await import('../../src/template/tables.ts');
    const { tableLayout } = await import('../../src/model/tableLayout.ts');
    const { getCell } = await import('../../src/model/cellAccess.ts');
    const { fullReport } = await import('../fixtures/fullReport.ts');
    const text = tables.map((table) => {
      const grid = tableLayout(table);
      const rows = Array.from({ length: grid.rows }, () => Array<string>(grid.cols).fill(''));
      for (const cell of grid.cells) {
        const content = cell.cell ? String(getCell(fullReport, cell.cell)) : (cell.text ?? '');
        for (let r = cell.row; r < cell.row + cell.rowSpan; r += 1) {
          for (let c = cell.col; c < cell.col + cell.colSpan; c += 1) (rows[r] ?? [])[c] = content;
        }
      }
      return [grid.section, ...rows.map((row) => row.join('\t'))].join('\n');
    }).join('\n');
    const result = await importReport({ kind: 'text', data: `示例市生态环境局2025年政府信息公开工作年度报告\n${text}` });
    expect(result.ok && result.report.tables).toEqual(fullReport.tables);
  });
});
