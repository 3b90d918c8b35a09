import { headerChain } from '../model/headerTree.ts';
import { parseCellInput } from '../model/parseCellInput.ts';
import { appealsTable } from '../template/appealsTable.ts';
import type { CellValue } from '../model/cellValue.ts';
import type { ImportNote } from './importNote.ts';
import { normalizeLabel, normalizedLabelScore } from './normalizeLabel.ts';
import type { StreamCell } from './cellStream.ts';
import type { RowSpec, TableSpec } from './tableSpecs.ts';

export type TableMatch = {
  /** Cell path → value read (numbers only; what cannot be read is absent, i.e. blank). */
  readonly values: ReadonlyMap<string, number>;
  readonly notes: readonly ImportNote[];
  /** Stream indexes the table used, so paragraphs holding cells are not read as narrative. */
  readonly used: ReadonlySet<number>;
  readonly found: boolean;
};

const strongMatch = 0.85;
const weakMatch = 0.6;
// Rows of table 三 sit ~10 cells apart; a missing row must not stop the search for the next.
const searchWindow = 80;
// 行政诉讼 and its two groups (未经复议直接起诉, 复议后起诉): headings of table 四 whose absence is worth a warning.
const suits = headerChain(appealsTable.columns, 'suitDirect').at(-2);
const suitHeaders = suits ? [suits.label, ...(suits.children ?? []).map((node) => node.label)] : [];

const blankCell: StreamCell = { text: '', normalized: '', block: -1, fromParagraph: false };
const isBlank = (cell: StreamCell) => cell.normalized === '' || /^[|]+$/.test(cell.normalized);

const valueLikeCells = new WeakMap<StreamCell, boolean>();

/** Could this cell hold a value: blank, a number (with a unit), or a short mark such as — or /. */
function valueLike(cell: StreamCell): boolean {
  let known = valueLikeCells.get(cell);
  if (known === undefined) {
    known = valueLikeOnce(cell);
    valueLikeCells.set(cell, known);
  }
  return known;
}

function valueLikeOnce(cell: StreamCell): boolean {
  if (isBlank(cell)) return true;
  const bare = cell.normalized.replace(/件|万元|元|个/g, '');
  if (/^[-+]?[\d.,]+$/.test(bare)) return true;
  return [...bare].length <= 6 && !/[\u4e00-\u9fff]{2,}/.test(bare);
}

function bestLabel(stream: readonly StreamCell[], label: string, from: number, to: number): number | undefined {
  let best: { index: number; score: number } | undefined;
  const target = normalizeLabel(label);
  for (let i = from; i < Math.min(to, stream.length); i += 1) {
    const cell = stream[i];
    if (!cell || valueLike(cell)) continue;
    const score = normalizedLabelScore(cell.normalized, target);
    if (score >= strongMatch) return i;
    if (score >= weakMatch && (!best || score > best.score)) best = { index: i, score };
  }
  return best?.index;
}

const place = (spec: TableSpec, row: RowSpec, column: string) =>
  `表${spec.section.slice(0, 1)}「${[...row.groupLabels.slice(-1), row.label].filter(Boolean).join(' ')}${row.label && column ? ' / ' : ''}${column}」`;

function readValue(
  spec: TableSpec, row: RowSpec, target: RowSpec['cells'][number], cell: StreamCell | undefined,
  values: Map<string, number>, notes: ImportNote[],
): void {
  const where = place(spec, row, target.column);
  if (!cell || isBlank(cell)) {
    notes.push({ level: 'warning', paths: [target.path], message: `${where}${cell ? '为空白' : '没有读到数值'}，已留空` });
    return;
  }
  const value: CellValue = parseCellInput(cell.text, target.kind);
  if (typeof value === 'number') values.set(target.path, value);
  else notes.push({ level: 'warning', paths: [target.path], message: `${where}的内容“${cell.text}”不是有效数字，已留空` });
}

/** Table 四: the value row follows the headers; flattened copies pad header rows with empty cells. */
function matchHeaderOnly(spec: TableSpec, stream: readonly StreamCell[], start: number, values: Map<string, number>, notes: ImportNote[], used: Set<number>): void {
  const row = spec.rows[0];
  if (!row) return;
  const headerTexts = spec.headerLabels.map(normalizeLabel);
  // A header cell, truncated (结果) or several run together with spaces (text taken from a PDF).
  const isHeaderText = (text: string) => text.length >= 2 && headerTexts.some((target) => target.startsWith(text));
  const isHeader = (cell: StreamCell) =>
    !isBlank(cell) && (isHeaderText(cell.normalized) || cell.text.trim().split(/\s+/).map(normalizeLabel).every(isHeaderText));
  let lastHeader = start;
  let i = start;
  for (; i < stream.length; i += 1) {
    const cell = stream[i];
    if (!cell) break;
    if (isHeader(cell)) lastHeader = i;
    else if (!valueLike(cell)) break;
    else if (i - lastHeader > row.cells.length + 12) break;
  }
  const run: number[] = [];
  for (let j = lastHeader + 1; j < stream.length; j += 1) {
    const cell = stream[j];
    if (!cell || !valueLike(cell) || isHeader(cell)) break;
    run.push(j);
  }
  // Padding precedes the values: drop leading blanks beyond the number of value cells.
  while (run.length > row.cells.length && isBlank(stream[run[0] ?? -1] ?? blankCell)) run.shift();
  for (let j = lastHeader - 1; j >= start; j -= 1) used.add(j);
  used.add(lastHeader);
  const missingHeaders = suitHeaders.filter(
    (label) => spec.headerLabels.includes(label) && !stream.slice(start, lastHeader + 1).some((cell) => cell.normalized === normalizeLabel(label)),
  );
  if (missingHeaders.length > 0) {
    notes.push({ level: 'warning', paths: [], message: `${spec.section.slice(0, 1)}的表头缺少「${missingHeaders.join('」「')}」，按标准格式的列顺序读取，请核对` });
  }
  row.cells.forEach((target, k) => {
    const index = run[k];
    if (index !== undefined) used.add(index);
    readValue(spec, row, target, index === undefined ? undefined : stream[index], values, notes);
  });
  if (run.length > row.cells.length) {
    notes.push({ level: 'warning', paths: [], message: `表四数值行有 ${run.length} 格，多于标准格式的 ${row.cells.length} 格，只读了前 ${row.cells.length} 格，请核对` });
  }
}

/** Checks that table 三's column headings are the standard ones in the standard order. */
function checkColumnHeaders(spec: TableSpec, stream: readonly StreamCell[], firstRow: number, notes: ImportNote[]): void {
  const leafColumns = [...new Set(spec.rows[0]?.cells.map((cell) => cell.column) ?? [])];
  if (leafColumns.length < 2) return;
  const window = stream.slice(Math.max(0, firstRow - 30), firstRow).map((cell) => cell.normalized);
  const headerTexts = spec.headerLabels.map(normalizeLabel).filter((label) => label.length < 12);
  const missing = spec.headerLabels.filter((_label, i) => {
    const target = headerTexts[i];
    return target !== undefined && !window.includes(target);
  });
  if (missing.length > 0) {
    notes.push({ level: 'info', paths: [], message: `表${spec.section.slice(0, 1)}的表头未找到「${missing.join('」「')}」，按标准格式的列顺序读取，请核对` });
  }
}

/** Finds one table's rows by their labels in the cell stream and reads the values after each label. */
export function matchTable(spec: TableSpec, stream: readonly StreamCell[]): TableMatch {
  const values = new Map<string, number>();
  const notes: ImportNote[] = [];
  const used = new Set<number>();
  const tableName = `表${spec.section.slice(0, 1)}（${spec.section.slice(2)}）`;
  const allPaths = spec.rows.flatMap((row) => row.cells.map((cell) => cell.path));

  if (spec.headerOnly) {
    const first = spec.headerLabels[0] ?? '';
    const start = stream.findIndex((cell) => normalizeLabel(cell.text.trim().split(/\s+/)[0] ?? '') === normalizeLabel(first));
    if (start < 0) {
      notes.push({ level: 'warning', paths: allPaths, message: `未找到${tableName}，表中各格留空` });
      return { values, notes, used, found: false };
    }
    matchHeaderOnly(spec, stream, start, values, notes, used);
    return { values, notes, used, found: true };
  }

  const rowLabels = spec.rows.map((row) => normalizeLabel(row.label));
  const firstRow = rowLabels
    .map((label) => stream.findIndex((cell) => !valueLike(cell) && normalizedLabelScore(cell.normalized, label) >= strongMatch))
    .find((index) => index >= 0);
  if (firstRow === undefined) {
    notes.push({ level: 'warning', paths: allPaths, message: `未找到${tableName}，表中各格留空` });
    return { values, notes, used, found: false };
  }
  if (spec.table === 'requests') checkColumnHeaders(spec, stream, firstRow, notes);
  const ownLabels = spec.allLabels.map(normalizeLabel);
  const isOwnLabel = (cell: StreamCell) => ownLabels.some((label) => normalizedLabelScore(cell.normalized, label) >= weakMatch);
  let cursor = Math.max(0, firstRow - 40);
  for (const row of spec.rows) {
    const at = bestLabel(stream, row.label, cursor, cursor + searchWindow);
    if (at === undefined) {
      notes.push({ level: 'warning', paths: row.cells.map((cell) => cell.path), message: `${tableName}中未找到「${row.label}」一行，该行各格留空` });
      continue;
    }
    used.add(at);
    // The cells after the label that can hold values; a label spanning columns leaves empty cells before them.
    const run: number[] = [];
    // A long label broken over two cells: （二）部分公开 | （区分处理的，…）
    let start = at + 1;
    const ownLabel = normalizeLabel(row.label);
    while (stream[start] && !valueLike(stream[start] as StreamCell) && ownLabel.includes((stream[start] as StreamCell).normalized)) {
      used.add(start);
      start += 1;
    }
    for (let i = start; i < stream.length && run.length < row.cells.length + 12; i += 1) {
      const cell = stream[i];
      if (!cell || !valueLike(cell) || (cell.fromParagraph && !isBlank(cell) && isOwnLabel(cell))) break;
      run.push(i);
    }
    while (run.length > row.cells.length && isBlank(stream[run[0] ?? -1] ?? blankCell)) run.shift();
    row.cells.forEach((target, k) => {
      const index = run[k];
      if (index !== undefined) used.add(index);
      readValue(spec, row, target, index === undefined ? undefined : stream[index], values, notes);
    });
    cursor = Math.max(at + 1, (run[Math.min(row.cells.length, run.length) - 1] ?? at) + 1);
  }
  return { values, notes, used, found: true };
}
