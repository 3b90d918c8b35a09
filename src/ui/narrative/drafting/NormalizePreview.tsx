import { useId } from 'react';
import type { NormalizeChange, NormalizeKind } from '../../../model/narrative/normalizeText.ts';

const kindNames: Readonly<Record<NormalizeKind, string>> = { punctuation: '标点', space: '空格', date: '日期' };
const shown = (text: string): string => (text === '' ? '（删除）' : text.replace(/ /g, '␣').replace(/\u3000/g, '□'));

type Props = {
  readonly changes: readonly NormalizeChange[];
  readonly onApply: () => void;
  readonly onCancel: () => void;
};

/** What 一键规范 would change, one line per change, before the clerk applies it. */
export function NormalizePreview({ changes, onApply, onCancel }: Props) {
  const id = useId();
  return (
    <section className="drafting-preview" aria-labelledby={`${id}-title`}>
      <h5 id={`${id}-title`}>一键规范预览：共 {changes.length} 处修改</h5>
      <ol>
        {changes.slice(0, 50).map((change, index) => (
          <li key={index}>
            <span className="drafting-kind">{kindNames[change.kind]}</span>
            “{shown(change.before)}” → “{shown(change.after)}”
            <span className="drafting-context">（原文：…{change.context}…）</span>
          </li>
        ))}
      </ol>
      {changes.length > 50 && <p>另有 {changes.length - 50} 处未列出。</p>}
      <div className="drafting-actions">
        <button type="button" className="primary" onClick={onApply}>应用修改</button>
        <button type="button" onClick={onCancel}>取消</button>
      </div>
    </section>
  );
}
