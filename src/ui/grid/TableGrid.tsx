import { useEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import { useFormContext, type FieldPath } from 'react-hook-form';
import { useTable } from '@tanstack/react-table';
import { cellPath } from '../../model/cellPath.ts';
import type { Report } from '../../model/reportSchema.ts';
import { tableLayout, type GridCell, type TableGrid as Layout } from '../../model/tableLayout.ts';
import { sections } from '../../template/sections.ts';
import { tableById } from '../../template/tables.ts';
import type { MatrixTable, TableId } from '../../template/tableTypes.ts';
import { createGridApi } from './gridApi.ts';
import { historyBox, statusBox } from './editHistories.ts';
import { registerPendingEdits } from '../typing/pendingEdits.ts';
import { useWideTable } from './useWideTable.ts';
import { useHeightVariable } from '../layout/useHeightVariable.ts';
import { SkipLink } from '../layout/SkipLink.tsx';
import { GridApiContext } from './GridApiContext.tsx';
import { gridFeatures, leafColumnKeys, matrixColumns, matrixRows, type GridColumnDef, type GridRow } from './gridColumns.ts';
import { GridToolbar } from './GridToolbar.tsx';
import { GridLegend } from './GridLegend.tsx';
import { GridColgroup } from './GridColgroup.tsx';
import { RowHelp } from './RowHelp.tsx';
import { requestsRowHelp } from '../../template/requestsRowHelp.ts';
import { countRender } from './renderCounts.ts';
import { ValueCell } from './ValueCell.tsx';
import './grid.css';

type TableModel = {
  readonly layout: Layout;
  readonly caption: string;
  /** Non-value cells of the layout, by the row they start on. */
  readonly labelsByRow: ReadonlyMap<number, readonly GridCell[]>;
  readonly matrix?: { readonly def: MatrixTable; readonly columns: GridColumnDef[]; readonly rows: GridRow[] };
};

// Built once per table: column definitions must keep their identity (TanStack remounts cells otherwise).
const models: Readonly<Record<TableId, TableModel>> = (() => {
  const build = (id: TableId): TableModel => {
    const def = tableById[id];
    const layout = tableLayout(def);
    const labelsByRow = new Map<number, GridCell[]>();
    for (const cell of layout.cells) {
      if (cell.role === 'value') continue;
      labelsByRow.set(cell.row, [...(labelsByRow.get(cell.row) ?? []), cell]);
    }
    const caption = sections.find((section) => section.table === id)?.heading ?? id;
    const matrix = def.kind === 'matrix' ? { def, columns: matrixColumns(def), rows: matrixRows(def) } : undefined;
    return { layout, caption, labelsByRow, ...(matrix ? { matrix } : {}) };
  };
  return { active: build('active'), requests: build('requests'), appeals: build('appeals') };
})();

function LabelCell({ cell }: { cell: GridCell }) {
  // The column it starts in: grid.css keeps row labels in view (sticky) when the table scrolls sideways.
  const spans = { rowSpan: cell.rowSpan, colSpan: cell.colSpan, 'data-col': cell.col };
  switch (cell.role) {
    case 'note':
      return <td className="grid-note" {...spans}>{cell.text}</td>;
    case 'section':
      return <th className="grid-section" scope="colgroup" {...spans}>{cell.text}</th>;
    case 'header':
      return <th className="grid-header" scope={cell.colSpan > 1 ? 'colgroup' : 'col'} {...spans}>{cell.text}</th>;
    default:
      return <th className="grid-rowlabel" scope={cell.rowSpan > 1 ? 'rowgroup' : 'row'} {...spans}>{cell.text}</th>;
  }
}

/** Tables 三 and 四: header groups and body rows from the TanStack column model of the header tree. */
function MatrixGrid({ model, head }: { model: TableModel & { matrix: NonNullable<TableModel['matrix']> }; head: RefObject<HTMLTableSectionElement | null> }) {
  const { def, columns, rows } = model.matrix;
  countRender(`table:${def.id}`);
  const grid = useTable({ features: gridFeatures, columns, data: rows });
  const headerRows = model.layout.headerRows;
  return (
    <>
      <thead ref={head}>
        {grid.getHeaderGroups().map((group, depth) => (
          <tr key={group.id}>
            {depth === 0 && (model.labelsByRow.get(0) ?? []).filter((cell) => cell.role === 'note').map((cell) => (
              <LabelCell key="note" cell={cell} />
            ))}
            {/* A leaf above the deepest level is a placeholder spanning down; its real header has rowSpan 0. */}
            {group.headers.filter((header) => header.rowSpan > 0).map((header) => (
              <th
                key={header.id}
                className="grid-header"
                scope={header.colSpan > 1 ? 'colgroup' : 'col'}
                colSpan={header.colSpan}
                rowSpan={header.rowSpan}
              >
                <grid.FlexRender header={header} />
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {grid.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {(model.labelsByRow.get(headerRows + row.index) ?? []).map((cell) => (
              <LabelCell key={`${cell.row}:${cell.col}`} cell={cell} />
            ))}
            {row.getAllCells().map((cell) => {
              const path = cellPath(def.id, [...row.original.keys, ...leafColumnKeys(cell.column.id)]);
              return <ValueCell key={path} path={path} />;
            })}
          </tr>
        ))}
      </tbody>
    </>
  );
}

/** Table 二: stacked blocks with their own headings, drawn straight from the layout. */
function BlockGrid({ model }: { model: TableModel }) {
  countRender(`table:${model.layout.table}`);
  const rows: ReactNode[] = [];
  for (let row = 0; row < model.layout.rows; row += 1) {
    const cells = model.layout.cells.filter((cell) => cell.row === row);
    rows.push(
      <tr key={row}>
        {cells.map((cell) =>
          cell.role === 'value' && cell.cell !== undefined
            ? <ValueCell key={cell.cell} path={cell.cell} {...(cell.colSpan > 1 ? { colSpan: cell.colSpan } : {})} />
            : <LabelCell key={`${cell.row}:${cell.col}`} cell={cell} />,
        )}
      </tr>,
    );
  }
  return <tbody>{rows}</tbody>;
}

/**
 * One official table as an editable grid: the same merged headers and row labels as the printed
 * table, each value cell an input bound to its cell path in the form (the form values are the Report).
 */
export function TableGrid({ table }: { table: TableId }) {
  const form = useFormContext<Report>();
  const { control } = form;
  const model = models[table];
  // control is stable for the life of the form; getValues and setValue belong to it.
  const api = useMemo(
    () => createGridApi(table, model.layout, {
      getReport: () => form.getValues(),
      getValue: (path) => form.getValues(path as FieldPath<Report>),
      setValue: (path, value) => form.setValue(path as FieldPath<Report>, value as never),
    }, historyBox(control, table), statusBox(control, table)),
    [table, control],
  );
  const scrollBox = useRef<HTMLDivElement>(null);
  const wide = useWideTable(scrollBox);
  const head = useRef<HTMLTableSectionElement>(null);
  useHeightVariable(head, '--grid-head', scrollBox);
  // Typed figures still waiting for their frame are written when the grid goes (another step opens).
  useEffect(() => registerPendingEdits(api.flush), [api]);
  return (
    <GridApiContext.Provider value={api}>
      {/* Ctrl+Z / Ctrl+Y also work from the toolbar buttons; the cells handle their own keys first. */}
      <div className="table-grid" data-table={table} onKeyDown={(event) => api.gridKeyDown(event)}>
        <GridToolbar />
        <GridLegend />
        {/* Tab would walk every cell (168 in table 三): these jump past the table or to the findings. */}
        <div className="grid-skip">
          <SkipLink target={`after-grid-${table}`}>跳过此表格</SkipLink>
          <SkipLink target="findings-heading">跳到检查结果</SkipLink>
        </div>
        {table === 'requests' && <RowHelp help={requestsRowHelp} grid={scrollBox} />}
        <div className={wide ? 'grid-scroll grid-scroll-wide' : 'grid-scroll'} ref={scrollBox}>
          <table className={`grid-table grid-${table}`}>
            <caption className="visually-hidden">{model.caption}</caption>
            <GridColgroup layout={model.layout} />
            {model.matrix ? <MatrixGrid model={{ ...model, matrix: model.matrix }} head={head} /> : <BlockGrid model={model} />}
          </table>
        </div>
        <p id={`after-grid-${table}`} className="visually-hidden" tabIndex={-1}>{model.caption}表格之后</p>
      </div>
    </GridApiContext.Provider>
  );
}
