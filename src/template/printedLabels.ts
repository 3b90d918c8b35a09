import type { PrintedLabel } from './printedLabel.ts';
import type { HeaderNode, TableDef } from './tableTypes.ts';

const treeLabels = (nodes: readonly HeaderNode[]): PrintedLabel[] => nodes.flatMap((node) => [node, ...treeLabels(node.children ?? [])]);

/** Every label a table prints in its grid (titles, headings, the note, row labels), in template order. */
export function printedLabels(table: TableDef): PrintedLabel[] {
  if (table.kind === 'matrix') return [...(table.note ? [table.note] : []), ...treeLabels(table.columns), ...treeLabels(table.rows)];
  return table.blocks.flatMap((block) => [block.title, block.labelHeader, ...block.columns, ...block.rows]);
}
