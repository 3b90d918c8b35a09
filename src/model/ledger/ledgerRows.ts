import type { CellPath, RequestsColumn, RequestsRow } from '../../template/cellPathType.ts';
import { requestsTable } from '../../template/requestsTable.ts';
import { headerLeaves, type HeaderLeaf } from '../headerTree.ts';

/** One of the 21 result rows of table 三: its key path (`declined.stateSecret`) and printed labels. */
export type ResultRow = {
  readonly key: RequestsRow;
  /** The leaf's label as printed, e.g. 1.属于国家秘密. */
  readonly label: string;
  /** The label without its number and note, e.g. 属于国家秘密, 部分公开. */
  readonly name: string;
  /** The group's printed label for nested rows, e.g. （三）不予公开. */
  readonly group?: string;
  /** The template's short form, e.g. 1.逾期不补正. */
  readonly short?: string;
};

export type ApplicantColumn = { readonly key: RequestsColumn; readonly label: string };

const numbering = /^(（[一二三四五六七八九十]+）|\d+\.)/;
const note = /（[^）]*）$/;

/** 1.属于国家秘密 → 属于国家秘密; （二）部分公开（区分处理的…） → 部分公开. */
export function withoutNumber(label: string): string {
  return label.replace(numbering, '').replace(note, '');
}

// Keys read from the template's header trees: a test checks the catalog built from them is exactly CellPath.
const rowKey = (leaf: HeaderLeaf): RequestsRow => leaf.keys.join('.') as RequestsRow;
const columnKey = (leaf: HeaderLeaf): RequestsColumn => leaf.keys.join('.') as RequestsColumn;

const rowLeaves = headerLeaves(requestsTable.rows);

/** The 21 result rows in printed order (the leaves under 三、本年度办理结果 except （七）总计). */
export const resultRows: readonly ResultRow[] = rowLeaves
  .filter((leaf) => leaf.chain.length > 1 && leaf.chain[leaf.chain.length - 1]?.total === undefined)
  .map((leaf) => {
    const node = leaf.chain[leaf.chain.length - 1];
    const group = leaf.chain.length > 2 ? leaf.chain[leaf.chain.length - 2] : undefined;
    const label = node?.label ?? '';
    return {
      key: rowKey(leaf),
      label,
      name: withoutNumber(label),
      ...(group ? { group: group.label } : {}),
      ...(node?.short ? { short: node.short } : {}),
    };
  });

/** The six applicant columns (the total column left out). */
export const applicantColumns: readonly ApplicantColumn[] = headerLeaves(requestsTable.columns)
  .filter((leaf) => leaf.chain[leaf.chain.length - 1]?.total === undefined)
  .map((leaf) => ({ key: columnKey(leaf), label: leaf.chain[leaf.chain.length - 1]?.label ?? '' }));

/** Every row key of table 三 in printed order (received … carriedForward). */
export const requestRowKeys: readonly RequestsRow[] = rowLeaves.map(rowKey);

/** Every column key of table 三, the total last. */
export const requestColumnKeys: readonly RequestsColumn[] = headerLeaves(requestsTable.columns).map(columnKey);

export const requestCellPath = (row: RequestsRow, column: RequestsColumn): CellPath => `tables.requests.${row}.${column}`;
