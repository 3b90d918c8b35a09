import type { activeTable } from './activeTable.ts';
import type { appealsTable } from './appealsTable.ts';
import type { requestsTable } from './requestsTable.ts';
import type { TableId } from './tableTypes.ts';

// The cell paths of spec/report-format.md §1.4 as a type, derived from the template's tables (as
// react-hook-form's FieldPath is derived from the form type): a misspelt path does not compile.

/** Key paths of the leaves under header nodes: a keyed node adds its key, a node without one only groups. */
type LeafPath<Node> = Node extends { readonly children: readonly (infer Child)[] }
  ? Node extends { readonly key: infer Key extends string } ? `${Key}.${LeafPath<Child>}` : LeafPath<Child>
  : Node extends { readonly key: infer Key extends string } ? Key : never;

/** Table 三 and 四: row path × column path; a table without rows (四) is named by its columns alone. */
type MatrixCell<Table> = Table extends { readonly rows: readonly []; readonly columns: readonly (infer Column)[] }
  ? LeafPath<Column>
  : Table extends { readonly rows: readonly (infer Row)[]; readonly columns: readonly (infer Column)[] }
    ? `${LeafPath<Row>}.${LeafPath<Column>}`
    : never;

/** A block of table 二 crosses only its own rows and columns. */
type BlockCell<Block> = Block extends {
  readonly rows: readonly { readonly key: infer Row extends string }[];
  readonly columns: readonly { readonly key: infer Column extends string }[];
}
  ? `${Row}.${Column}`
  : never;

type ActiveRowOf<Block> = Block extends { readonly rows: readonly { readonly key: infer Row extends string }[] } ? Row : never;

/** Table 二's row keys, e.g. 'regulations'. */
export type ActiveRow = ActiveRowOf<(typeof activeTable.blocks)[number]>;
/** The value columns of one row of table 二, e.g. 'issued' for 'regulations'. */
export type ActiveColumn<Row extends ActiveRow> = Extract<ActiveCell, `${Row}.${string}`> extends `${Row}.${infer Column}` ? Column : never;
type ActiveCell = BlockCell<(typeof activeTable.blocks)[number]>;

/** Table 三's row paths, e.g. 'received', 'declined.stateSecret'. */
export type RequestsRow = LeafPath<(typeof requestsTable.rows)[number]>;
/** Table 三's columns, e.g. 'natural', 'total'. */
export type RequestsColumn = LeafPath<(typeof requestsTable.columns)[number]>;
/** Table 四's groups: 'review', 'suitDirect', 'suitAfterReview'. */
export type AppealsGroup = LeafPath<(typeof appealsTable.columns)[number]> extends `${infer Group}.${string}` ? Group : never;
/** Table 四's outcome columns, e.g. 'upheld', 'total'. */
export type AppealsColumn = LeafPath<(typeof appealsTable.columns)[number]> extends `${string}.${infer Column}` ? Column : never;

/** The keys below `tables.<id>.` of every value cell of each table. */
type CellKeys = {
  readonly active: ActiveCell;
  readonly requests: MatrixCell<typeof requestsTable>;
  readonly appeals: MatrixCell<typeof appealsTable>;
};

/** The cell paths of one table, e.g. 'tables.appeals.review.pending'. */
export type TableCellPath<Table extends TableId> = `tables.${Table}.${CellKeys[Table]}`;

/** The path of one value cell, e.g. 'tables.requests.declined.stateSecret.natural' (spec/report-format.md §1.4). */
export type CellPath = { [Table in TableId]: TableCellPath<Table> }[TableId];
