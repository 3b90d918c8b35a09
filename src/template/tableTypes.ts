// Declarative shapes of the three official tables. Labels are verbatim from 国办公开办函〔2021〕30号, each
// written once, in the table's own file, with its words (see PrintedLabel).
import type { PrintedLabel } from './printedLabel.ts';

export type TableId = 'active' | 'requests' | 'appeals';

/** How a value cell is read: counts are integers ≥ 0; the fee (万元) is a decimal ≥ 0. */
export type ValueKind = 'count' | 'amount';

/**
 * A node of a header tree (the column headings, or the row labels of table 三).
 * `key` adds a segment to the cell path; a node without a key only groups its children.
 * `total` marks a node that must equal the sum of the leaves of its siblings (rule id given).
 */
export type HeaderNode = PrintedLabel & {
  readonly key?: string;
  /** Short form used in messages, e.g. 一、本年新收 */
  readonly short?: string;
  /** Left out of accessible names (a heading over every value column). */
  readonly omitFromName?: true;
  readonly total?: TotalRuleId;
  readonly children?: readonly HeaderNode[];
};

export type TotalRuleId = 'row-total' | 'results-total' | 'appeal-total';

/** Table 三 and 四: a column tree and a row tree; cells are rowPath.columnPath. */
export type MatrixTable = {
  readonly kind: 'matrix';
  readonly id: TableId;
  readonly section: string;
  /** Printed in the top-left corner that spans the header rows and label columns. */
  readonly note?: PrintedLabel;
  readonly columns: readonly HeaderNode[];
  /** Empty for table 四, whose single value row has no label. */
  readonly rows: readonly HeaderNode[];
};

export type BlockColumn = PrintedLabel & { readonly key: string; readonly valueKind?: ValueKind };
export type BlockRow = PrintedLabel & { readonly key: string };

/** One 第二十条 block of table 二: a title row, a header row, its rows. */
export type Block = {
  readonly title: PrintedLabel;
  readonly labelHeader: PrintedLabel;
  readonly columns: readonly BlockColumn[];
  readonly rows: readonly BlockRow[];
};

/** Table 二: blocks stacked on a grid of `width` value columns. */
export type BlockTable = {
  readonly kind: 'blocks';
  readonly id: TableId;
  readonly section: string;
  readonly width: number;
  readonly blocks: readonly Block[];
};

export type TableDef = MatrixTable | BlockTable;
