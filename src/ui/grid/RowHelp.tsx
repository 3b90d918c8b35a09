import { useEffect, useState, type RefObject } from 'react';
import { cellByPath } from '../../model/cellCatalog.ts';

type Props = {
  /** Help text by the row's cell-path keys (src/template). */
  readonly help: Readonly<Record<string, string>>;
  /** The grid's box: the line follows the cell that has the focus in it. */
  readonly grid: RefObject<HTMLElement | null>;
};

/**
 * 行说明, on demand: a button, and once pressed a line saying what the focused cell's row counts. It
 * changes when the focus moves to another row (never on a keystroke).
 */
export function RowHelp({ help, grid }: Props) {
  const [open, setOpen] = useState(false);
  const [row, setRow] = useState<{ name: string; text: string } | null>(null);
  useEffect(() => {
    const box = grid.current;
    if (!open || !box) return undefined;
    const follow = (event: FocusEvent) => {
      const path = (event.target as HTMLElement | null)?.getAttribute?.('data-cell');
      const def = path ? cellByPath.get(path) : undefined;
      const text = def ? help[def.rowKeys.join('.')] : undefined;
      if (def && text) setRow((current) => (current?.name === def.rowName ? current : { name: def.rowName, text }));
    };
    box.addEventListener('focusin', follow);
    return () => box.removeEventListener('focusin', follow);
  }, [open, grid, help]);
  return (
    <div className="grid-row-help">
      <button type="button" className="link-button" aria-expanded={open} data-action="row-help" onClick={() => setOpen(!open)}>
        {open ? '收起行说明' : '行说明：这一行填什么？'}
      </button>
      {open && (
        <p className="grid-row-help-text" data-row-help>
          {row ? <><strong>{row.name}</strong>：{row.text}</> : '点选表格中的一格，这里会说明它所在的行填什么。'}
        </p>
      )}
    </div>
  );
}
