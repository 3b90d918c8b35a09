import { useCallback, useEffect, useId, useLayoutEffect, useRef } from 'react';
import { useController, useFormContext, type FieldPath } from 'react-hook-form';
import type { InsertedSentence } from '../../model/narrative/insertedSentenceSchema.ts';
import type { Report } from '../../model/reportSchema.ts';
import { afterNextFrame } from '../typing/afterNextFrame.ts';
import { OwnForm } from '../typing/OwnForm.tsx';
import { registerPendingEdits } from '../typing/pendingEdits.ts';
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

// Browsers that size a textarea to its text themselves (CSS field-sizing) need no measuring per change.
const sizesItself = typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content');

/**
 * A narrative text: an auto-growing textarea with a character count, subscribed to its own value only.
 * The textarea is uncontrolled: a keystroke renders nothing; the text reaches the form just after the
 * next frame (or at once on blur, before anything else reads the form, and when the field goes).
 */
export function NarrativeField({ name, label, requirement, hint, minRows = 4, reference, labelHidden = false }: Props) {
  const { getValues, setValue } = useFormContext<Report>();
  const { field } = useController<Report>({ name });
  const value = typeof field.value === 'string' ? field.value : '';
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const typed = useRef<string | null>(null);
  const onChange = useRef(field.onChange);
  onChange.current = field.onChange;

  const flush = useCallback(() => {
    const text = typed.current;
    if (text === null) return;
    typed.current = null;
    onChange.current(text);
  }, []);
  useEffect(() => registerPendingEdits(flush), [flush]);

  // The form's text goes into the field when it changed from elsewhere (a sentence inserted, 一键规范, undo);
  // and the field grows with it where the browser cannot size it itself.
  useLayoutEffect(() => {
    const element = textarea.current;
    if (!element) return;
    if (typed.current === null && element.value !== value) element.value = value;
    if (!sizesItself) {
      element.style.height = 'auto';
      element.style.height = `${element.scrollHeight + 2}px`;
    }
  }, [value]);

  const insert = useCallback(
    (text: string) => {
      flush();
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
      return next.value;
    },
    [field, flush, getValues, name],
  );
  const replace = useCallback((text: string) => {
    flush();
    field.onChange(text);
  }, [field, flush]);
  const report = useCallback(() => getValues(), [getValues]);
  const recordInserted = useCallback(
    (records: InsertedSentence[]) => setValue('meta.insertedSentences', records.length > 0 ? records : undefined, { shouldDirty: true }),
    [setValue],
  );
  const characters = [...value.replace(/\n/g, '')].length;
  const paragraphs = value.split('\n').filter((line) => line.trim() !== '').length;

  return (
    <div className={reference ? 'narrative narrative-with-reference' : 'narrative'}>
      <div className="narrative-main">
        <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'field-label'}>{label}</label>
        {requirement && <p className="requirement" id={`${id}-requirement`}>{requirement}</p>}
        <OwnForm id={`${id}form`} />
        <textarea
          id={id}
          form={`${id}form`}
          ref={(element) => {
            textarea.current = element;
            field.ref(element);
          }}
          name={field.name}
          data-field={name}
          rows={minRows}
          style={sizesItself ? { minHeight: `${minRows * 1.8 + 0.8}em` } : undefined}
          onChange={(event) => {
            const first = typed.current === null;
            typed.current = event.target.value;
            if (first) afterNextFrame(flush);
          }}
          onBlur={() => {
            flush();
            field.onBlur();
          }}
          aria-describedby={requirement ? `${id}-requirement ${id}-count` : `${id}-count`}
          placeholder={hint}
        />
        <p className="char-count" id={`${id}-count`} aria-live="off">
          {characters} 字{paragraphs > 1 ? `，${paragraphs} 段` : ''}
        </p>
        <DraftingToolsSlot fieldPath={name} value={value} report={report} insert={insert} replace={replace} recordInserted={recordInserted} />
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
