import { memo, useCallback, useId, useLayoutEffect, useRef, useState, type ChangeEvent } from 'react';
import { cellByPath } from '../../model/cellCatalog.ts';
import { formatCellInput } from '../../model/parseCellInput.ts';
import type { CellValue } from '../../model/cellValue.ts';
import { totalRulesByCell } from '../../model/totalOffer.ts';
import { useCellFindings } from '../findings/FindingsContext.tsx';
import { useGridApi } from './GridApiContext.tsx';
import { countRender } from './renderCounts.ts';
import { useCellSelector } from './cellValues.ts';
import { TotalOffer } from './TotalOffer.tsx';
import { SuspectFix } from './SuspectFix.tsx';
import { cellMarks } from './cellMarks.ts';
import { OwnForm } from '../typing/OwnForm.tsx';
import type { CellPath } from '../../template/cellPathType.ts';

type Props = { readonly path: CellPath; readonly colSpan?: number };

// Positioned only when it holds a mark or a tip: 200 positioned cells make every frame's paint walk longer.
const cellClass = (state: string | undefined, tip: boolean): string =>
  ['grid-value', state ? `cell-${state}` : '', state || tip ? 'grid-marked' : ''].filter(Boolean).join(' ');

/** What the clerk typed, kept while the cell holds the value it produced (１２ stays １２ until leaving). */
type Draft = { readonly text: string; readonly value: CellValue };
const KEPT = Symbol('typed text kept');

/**
 * One value cell: subscribes to its own value and its own findings only. The input is uncontrolled: a
 * keystroke goes into the input natively and renders nothing; the value reaches the form just after the
 * next frame (gridApi.typed), and React writes the input's text only when the cell's value changes
 * from elsewhere (undo, paste, a filled total, leaving the cell).
 */
export const ValueCell = memo(function ValueCell({ path, colSpan }: Props) {
  countRender(path);
  const api = useGridApi();
  const def = cellByPath.get(path);
  const draft = useRef<Draft | null>(null);
  // The typed text stays while the form holds (or is about to hold) the value it produced: the cell then
  // renders nothing when its own figure reaches the form after the frame, only when the value changes
  // from elsewhere.
  const shown = useCellSelector(path, (value): string | typeof KEPT => {
    const typed = draft.current;
    const kept = typed !== null && (Object.is(typed.value, value) || Object.is(api.pendingValue(path), typed.value));
    return kept ? KEPT : formatCellInput(value);
  });
  const text = shown === KEPT ? draft.current?.text ?? '' : shown;
  const marks = cellMarks(path, useCellFindings(path));
  const input = useRef<HTMLInputElement | null>(null);
  // Leaving the cell re-renders it once, so the typed text is shown normalised (１２ → 12).
  const [, setLeft] = useState(0);
  const descriptionId = useId();
  const formId = `${descriptionId}form`;
  const register = useCallback((element: HTMLInputElement | null) => {
    input.current = element;
    api.register(path, element);
  }, [api, path]);

  useLayoutEffect(() => {
    const element = input.current;
    if (element !== null && element.value !== text) element.value = text;
  });
  const { mark: state, invalid, suspect } = marks;
  const description = marks.lines;

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.currentTarget.value;
    draft.current = { text, value: api.typed(path, text) };
  };

  return (
    <td className={cellClass(state, description.length > 0)} colSpan={colSpan}>
      <OwnForm id={formId} />
      <input
        ref={register}
        form={formId}
        className="grid-input"
        data-cell={path}
        aria-label={def?.name ?? path}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={description.length > 0 ? descriptionId : undefined}
        inputMode={def?.valueKind === 'amount' ? 'decimal' : 'numeric'}
        autoComplete="off"
        spellCheck={false}
        onChange={onChange}
        onFocus={(event) => {
          api.cellFocused(path);
          event.currentTarget.select();
        }}
        onBlur={() => {
          api.cellBlurred(path);
          draft.current = null;
          setLeft((count) => count + 1);
        }}
        // Every key by the keymap (keymap.ts); the cell's marks say what Alt+= does here.
        onKeyDown={(event) => api.keyDown(event, path, marks)}
        onPaste={(event) => api.paste(event, path)}
        onDoubleClick={() => api.cellEditing(path)}
      />
      {state === 'error' && <span className="cell-icon" aria-hidden="true">✖</span>}
      {state === 'warning' && <span className="cell-icon" aria-hidden="true">⚠</span>}
      {state === 'involved' && <span className="cell-icon" aria-hidden="true">↔</span>}
      {suspect && <SuspectFix path={path} value={suspect.value} />}
      {/* A total offers its parts' sum only when no failing sum points at another cell (that sum would copy the typo). */}
      {!suspect && !marks.suspectElsewhere && totalRulesByCell.has(path) && <TotalOffer path={path} />}
      {description.length > 0 && (
        <span id={descriptionId} className="cell-tip" role="tooltip">
          {description.map((line, i) => <span key={i} className="cell-tip-line">{line}</span>)}
        </span>
      )}
    </td>
  );
});
