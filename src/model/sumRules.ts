import type { CellPath } from '../template/cellPathType.ts';
import { balanceRules, type RuleId } from '../template/reportRules.ts';
import type { HeaderNode, MatrixTable, TableId } from '../template/tableTypes.ts';
import { tables } from '../template/tables.ts';
import { cellPath } from './cellPath.ts';
import { headerLeaves, type HeaderLeaf } from './headerTree.ts';
import { cellByPath } from './cellCatalog.ts';

/**
 * A rule instance: sum(left) must equal sum(right). Expected = sum(left), actual = sum(right).
 * Every arithmetic rule of the template expands to these, so one evaluator serves every caller.
 */
export type SumRule = {
  readonly rule: RuleId;
  readonly table: TableId;
  /** cells[0] is the cell the finding is shown on. */
  readonly cells: readonly CellPath[];
  readonly left: readonly CellPath[];
  readonly right: readonly CellPath[];
  /** Row or column label the finding is about, for its message. */
  readonly along: string;
};

type TotalSite = { total: HeaderLeaf; parts: HeaderLeaf[]; rule: RuleId };

// A node marked `total` equals the sum of the leaves of its siblings.
function totalSites(nodes: readonly HeaderNode[], chain: readonly HeaderNode[] = []): TotalSite[] {
  return nodes.flatMap((node) => {
    if (node.total) {
      const siblings = nodes.filter((other) => other !== node);
      const prefix = (leaf: HeaderLeaf): HeaderLeaf => ({
        chain: [...chain, ...leaf.chain],
        keys: [...chain.flatMap((n) => (n.key ? [n.key] : [])), ...leaf.keys],
      });
      return [{ total: prefix({ chain: [node], keys: node.key ? [node.key] : [] }), parts: headerLeaves(siblings).map(prefix), rule: node.total }];
    }
    return totalSites(node.children ?? [], [...chain, node]);
  });
}

const lastLabel = (leaf: HeaderLeaf): string => {
  const node = leaf.chain[leaf.chain.length - 1];
  return node ? (node.short ?? node.label) : '';
};
const groupLabel = (leaf: HeaderLeaf): string => {
  const keyed = leaf.chain.filter((n) => n.key !== undefined);
  const group = keyed[keyed.length - 2];
  return group ? (group.short ?? group.label) : '';
};

function matrixRules(table: MatrixTable): SumRule[] {
  const rowLeaves = table.rows.length > 0 ? headerLeaves(table.rows) : [{ chain: [], keys: [] }];
  const columnLeaves = headerLeaves(table.columns);
  const path = (row: HeaderLeaf, column: HeaderLeaf) => cellPath(table.id, [...row.keys, ...column.keys]);
  const acrossColumns = totalSites(table.columns).flatMap((site) =>
    rowLeaves.map((row) => {
      const total = path(row, site.total);
      const parts = site.parts.map((part) => path(row, part));
      const along = row.chain.length > 0 ? (cellByPath.get(total)?.rowName ?? lastLabel(row)) : groupLabel(site.total);
      return { rule: site.rule, table: table.id, cells: [total, ...parts], left: parts, right: [total], along };
    }),
  );
  const acrossRows = totalSites(table.rows).flatMap((site) =>
    columnLeaves.map((column) => {
      const total = path(site.total, column);
      const parts = site.parts.map((part) => path(part, column));
      return { rule: site.rule, table: table.id, cells: [total, ...parts], left: parts, right: [total], along: lastLabel(column) };
    }),
  );
  const balances = balanceRules
    .filter((rule) => rule.table === table.id)
    .flatMap((rule) =>
      columnLeaves.map((column) => {
        const left = rule.left.map((row) => cellPath(table.id, [row, ...column.keys]));
        const right = rule.right.map((row) => cellPath(table.id, [row, ...column.keys]));
        return { rule: rule.id, table: table.id, cells: [...left, ...right], left, right, along: lastLabel(column) };
      }),
    );
  return [...acrossColumns, ...acrossRows, ...balances];
}

/** Every arithmetic rule instance of the template. */
export const sumRules: readonly SumRule[] = tables.flatMap((table) => (table.kind === 'matrix' ? matrixRules(table) : []));

/** The rule instances each cell takes part in: what a keystroke in that cell must re-check. */
export const sumRulesByCell: ReadonlyMap<string, readonly SumRule[]> = (() => {
  const byCell = new Map<string, SumRule[]>();
  for (const rule of sumRules) {
    for (const cell of rule.cells) byCell.set(cell, [...(byCell.get(cell) ?? []), rule]);
  }
  return byCell;
})();
