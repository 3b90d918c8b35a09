import { tableFeatures, type ColumnDef } from '@tanstack/react-table';
import { headerLeaves } from '../../model/headerTree.ts';
import type { HeaderNode, MatrixTable } from '../../template/tableTypes.ts';

/** TanStack features of the grids: the core column model and header groups, nothing more. */
export const gridFeatures = tableFeatures({});

/** A body row of a matrix table: the row keys of its cell paths. */
export type GridRow = { readonly keys: readonly string[] };

export type GridColumnDef = ColumnDef<typeof gridFeatures, GridRow>;

/** Leaf columns are named by their keys (`legalPerson.commercial`), groups by their place in the tree. */
export const leafColumnKeys = (columnId: string): string[] => columnId.split('.');

function columnDef(node: HeaderNode, keys: readonly string[], place: string): GridColumnDef {
  const own = node.key ? [...keys, node.key] : [...keys];
  const children = node.children ?? [];
  if (children.length > 0) {
    return { id: `group:${place}`, header: node.label, columns: children.map((child, i) => columnDef(child, own, `${place}.${i}`)) };
  }
  return { id: own.join('.'), header: node.label, accessorFn: () => null };
}

/** The column model of a matrix table, built once from its header tree. */
export function matrixColumns(table: MatrixTable): GridColumnDef[] {
  return table.columns.map((node, i) => columnDef(node, [], String(i)));
}

/** The body rows of a matrix table (table 四 has one, without labels). */
export function matrixRows(table: MatrixTable): GridRow[] {
  return table.rows.length > 0 ? headerLeaves(table.rows).map((leaf) => ({ keys: leaf.keys })) : [{ keys: [] }];
}
