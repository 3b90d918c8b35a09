import { memo, useCallback, useId, useState, type ChangeEvent } from 'react';
import { useWatch, type FieldPath } from 'react-hook-form';
import { cellByPath } from '../../model/cellCatalog.ts';
import { formatCellInput } from '../../model/parseCellInput.ts';
import type { CellValue } from '../../model/cellValue.ts';
import type { Finding } from '../../model/finding.ts';
import type { Report } from '../../model/reportSchema.ts';
import { totalRulesByCell } from '../../model/totalOffer.ts';
import { useCellFindings } from '../findings/FindingsContext.tsx';
import { useGridApi } from './GridApiContext.tsx';
import { countRender } from './renderCounts.ts';
import { toCellValue } from './toCellValue.ts';
import { TotalOffer } from './TotalOffer.tsx';

type Props = { readonly path: string; readonly colSpan?: number };

// A blank cell while drafting is normal: it is counted in the panel, not marked on the grid.
const shown = (finding: Finding): boolean => finding.rule !== 'blank-cell' || finding.severity === 'error';
const severityText = { error: '错误', warning: '提醒' } as const;

/** What the clerk typed, kept while the cell holds the value it produced (１２ stays １２ until leaving). */
type Draft = { readonly text: string; readonly value: CellValue };

/** One value cell: subscribes to its own value and its own findings only. */
export const ValueCell = memo(function ValueCell({ path, colSpan }: Props) {
  countRender(path);
  const api = useGridApi();
  const def = cellByPath.get(path);
  const value = toCellValue(useWatch({ name: path as FieldPath<Report>, exact: true }));
  const findings = useCellFindings(path).filter(shown);
  const [draft, setDraft] = useState<Draft | null>(null);
  const descriptionId = useId();
  const register = useCallback((input: HTMLInputElement | null) => api.register(path, input), [api, path]);

  const text = draft !== null && Object.is(draft.value, value) ? draft.text : formatCellInput(value);
  const anchored = findings.filter((finding) => finding.cells[0] === path);
  const invalid = anchored.some((finding) => finding.severity === 'error');
  const warned = !invalid && anchored.length > 0;
  const involved = !invalid && !warned && findings.some((finding) => finding.severity === 'error');
  const state = invalid ? 'error' : warned ? 'warning' : involved ? 'involved' : undefined;
  const description = findings.map((finding) => `${severityText[finding.severity]}：${finding.message}`);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const typed = event.currentTarget.value;
    setDraft({ text: typed, value: api.typed(path, typed) });
  };

  return (
    <td className={state ? `grid-value cell-${state}` : 'grid-value'} colSpan={colSpan}>
      <div className="grid-cell">
        <input
          ref={register}
          className="grid-input"
          data-cell={path}
          aria-label={def?.name ?? path}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={description.length > 0 ? descriptionId : undefined}
          title={description.length > 0 ? description.join('\n') : undefined}
          inputMode={def?.valueKind === 'amount' ? 'decimal' : 'numeric'}
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={onChange}
          onFocus={(event) => {
            api.cellFocused(path);
            event.currentTarget.select();
          }}
          onBlur={() => {
            api.cellBlurred(path);
            setDraft(null);
          }}
          onKeyDown={(event) => api.keyDown(event, path)}
          onPaste={(event) => api.paste(event, path)}
          onDoubleClick={() => api.cellEditing(path)}
        />
        {state === 'error' && <span className="cell-icon" aria-hidden="true">✖</span>}
        {state === 'warning' && <span className="cell-icon" aria-hidden="true">⚠</span>}
        {state === 'involved' && <span className="cell-icon" aria-hidden="true">↔</span>}
        {totalRulesByCell.has(path) && <TotalOffer path={path} />}
        {description.length > 0 && (
          <span id={descriptionId} className="cell-tip" role="tooltip">
            {description.map((line, i) => <span key={i} className="cell-tip-line">{line}</span>)}
          </span>
        )}
      </div>
    </td>
  );
});
