import type { CellPath } from '../template/cellPathType.ts';
import type { HeaderNode, TableDef, TableId, ValueKind } from '../template/tableTypes.ts';
import { tables } from '../template/tables.ts';
import { headerLeaves } from './headerTree.ts';
import { cellPath } from './cellPath.ts';

/** Everything known about one value cell, derived from the template. */
export type CellDef = {
  readonly path: CellPath;
  readonly table: TableId;
  /** Keys below `tables.<id>`, e.g. ['declined', 'stateSecret', 'natural']. */
  readonly keys: readonly string[];
  readonly rowKeys: readonly string[];
  readonly columnKeys: readonly string[];
  readonly valueKind: ValueKind;
  /** Row labels from the outermost down, e.g. ['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密']. */
  readonly rowLabels: readonly string[];
  readonly columnLabels: readonly string[];
  /** Short forms for messages. */
  readonly rowName: string;
  readonly columnName: string;
  /** Accessible name: row and column labels, e.g. 一、本年新收政府信息公开申请数量 自然人. */
  readonly name: string;
};

const named = (chain: readonly HeaderNode[]): string[] => chain.filter((n) => !n.omitFromName).map((n) => n.label);
const shortOf = (chain: readonly HeaderNode[]): string => {
  const last = chain[chain.length - 1];
  return last ? (last.short ?? last.label) : '';
};
// A nested row leaf reads better with its group: （三）不予公开 1.属于国家秘密.
const rowShortOf = (chain: readonly HeaderNode[]): string => {
  const withKey = chain.filter((n) => n.key !== undefined);
  if (withKey.length >= 2) return withKey.slice(-2).map((n) => n.short ?? n.label).join('');
  return shortOf(chain);
};

function tableCells(table: TableDef): CellDef[] {
  if (table.kind === 'blocks') {
    return table.blocks.flatMap((block) =>
      block.rows.flatMap((row) =>
        block.columns.map((column) => ({
          path: cellPath(table.id, [row.key, column.key]),
          table: table.id,
          keys: [row.key, column.key],
          rowKeys: [row.key],
          columnKeys: [column.key],
          valueKind: column.valueKind ?? 'count',
          rowLabels: [row.label],
          columnLabels: [column.label],
          rowName: row.label,
          columnName: column.label,
          name: `${row.label} ${column.label}`,
        })),
      ),
    );
  }
  const rowLeaves = table.rows.length > 0 ? headerLeaves(table.rows) : [{ chain: [], keys: [] }];
  const columnLeaves = headerLeaves(table.columns);
  return rowLeaves.flatMap((rowLeaf) =>
    columnLeaves.map((columnLeaf) => {
      const rowLabels = named(rowLeaf.chain);
      const columnLabels = named(columnLeaf.chain);
      const keys = [...rowLeaf.keys, ...columnLeaf.keys];
      // Table 四 has no row labels: its column groups name the cell.
      const columnName = rowLeaf.chain.length === 0
        ? `${shortOf(columnLeaf.chain.slice(0, -1))}${shortOf(columnLeaf.chain)}`
        : shortOf(columnLeaf.chain);
      return {
        path: cellPath(table.id, keys),
        table: table.id,
        keys,
        rowKeys: rowLeaf.keys,
        columnKeys: columnLeaf.keys,
        valueKind: 'count' as const,
        rowLabels,
        columnLabels,
        rowName: rowShortOf(rowLeaf.chain),
        columnName,
        name: [...rowLabels, ...columnLabels].join(' '),
      };
    }),
  );
}

/** Every value cell of the three tables, in printed order. */
export const cellCatalog: readonly CellDef[] = tables.flatMap(tableCells);

export const cellByPath: ReadonlyMap<string, CellDef> = new Map(cellCatalog.map((cell) => [cell.path, cell]));

/** Narrows a path read from outside (a file, a user's JSON, the DOM) to a cell of the template. */
export const isCellPath = (path: string): path is CellPath => cellByPath.has(path);

export const cellsOfTable = (table: TableId): readonly CellDef[] => cellCatalog.filter((cell) => cell.table === table);

/**
 * A cell the code itself names (never a path read from input), for its labels: a path the template lacks
 * is a programming error and fails as soon as the module loads, in every test.
 */
export function knownCell(path: string): CellDef {
  const cell = cellByPath.get(path);
  if (!cell) throw new Error(`The template has no cell ${path}`);
  return cell;
}

/** The printed label of a named cell's row (its innermost), e.g. 四、结转下年度继续办理. */
export const rowLabelOf = (path: CellPath): string => knownCell(path).rowLabels.at(-1) ?? '';
