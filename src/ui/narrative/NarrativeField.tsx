import { useCallback, useId, useLayoutEffect, useRef } from 'react';
import { useController, useFormContext, type FieldPath } from 'react-hook-form';
import type { Report } from '../../model/reportSchema.ts';
import { DraftingToolsSlot } from './DraftingToolsSlot.tsx';
import { insertAtCursor } from './insertAtCursor.ts';

type Props = {
  readonly name: FieldPath<Report>;
  readonly label: string;
  /** What the format asks of this part, in one line. */
  readonly requirement?: string;
  readonly hint?: string;
  readonly minRows?: number;
  /** Last year's text of the same part, shown read-only beside the field. */
  readonly reference?: string | undefined;
  readonly labelHidden?: boolean;
};

/** A narrative text: an auto-growing textarea with a character count, subscribed to its own value only. */
export function NarrativeField({ name, label, requirement, hint, minRows = 4, reference, labelHidden = false }: Props) {
  const { getValues } = useFormContext<Report>();
  const { field } = useController<Report>({ name });
  const value = typeof field.value === 'string' ? field.value : '';
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement | null>(null);

  // Grow with the text so long parts are edited without an inner scrollbar.
  useLayoutEffect(() => {
    const element = textarea.current;
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + 2}px`;
  }, [value]);

  const insert = useCallback(
    (text: string) => {
      const element = textarea.current;
      const current = String(getValues(name) ?? '');
      const start = element?.selectionStart ?? current.length;
      const end = element?.selectionEnd ?? current.length;
      const next = insertAtCursor(current, start, end, text);
      field.onChange(next.value);
      requestAnimationFrame(() => {
        element?.focus();
        element?.setSelectionRange(next.cursor, next.cursor);
      });
    },
    [field, getValues, name],
  );
  const replace = useCallback((text: string) => field.onChange(text), [field]);
  const report = useCallback(() => getValues(), [getValues]);
  const characters = [...value.replace(/\n/g, '')].length;
  const paragraphs = value.split('\n').filter((line) => line.trim() !== '').length;

  return (
    <div className={reference ? 'narrative narrative-with-reference' : 'narrative'}>
      <div className="narrative-main">
        <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'field-label'}>{label}</label>
        {requirement && <p className="requirement" id={`${id}-requirement`}>{requirement}</p>}
        <textarea
          id={id}
          ref={(element) => {
            textarea.current = element;
            field.ref(element);
          }}
          name={field.name}
          data-field={name}
          rows={minRows}
          value={value}
          onChange={(event) => field.onChange(event.target.value)}
          onBlur={field.onBlur}
          aria-describedby={requirement ? `${id}-requirement ${id}-count` : `${id}-count`}
          placeholder={hint}
        />
        <p className="char-count" id={`${id}-count`} aria-live="off">
          {characters} 字{paragraphs > 1 ? `，${paragraphs} 段` : ''}
        </p>
        <DraftingToolsSlot fieldPath={name} value={value} report={report} insert={insert} replace={replace} />
      </div>
      {reference && (
        <aside className="reference" aria-label={`上年度报告：${label}`}>
          <h4>上年度报告原文（只读，供参考）</h4>
          <div className="reference-text" tabIndex={0}>
            {reference.split('\n').map((line, index) => <p key={index}>{line}</p>)}
          </div>
        </aside>
      )}
    </div>
  );
}
