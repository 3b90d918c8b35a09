import { useRef, useState } from 'react';
import { useFieldArray, useFormContext, useWatch, type Control } from 'react-hook-form';
import type { Report } from '../../model/reportSchema.ts';
import { chineseOrdinals, overviewSubsections, sections } from '../../template/sections.ts';
import { lastYearText } from './lastYearText.ts';
import { NarrativeField } from './NarrativeField.tsx';

const overview = sections.find((section) => section.id === 'overview');

// Report's loose objects (unknown keys kept) defeat RHF's array-path typing; this is the part the array edits.
type SubsectionsForm = { text: { overview: { sections: { heading: string; body: string }[] } } };

const ordinal = (index: number): string => `（${chineseOrdinals[index] ?? String(index + 1)}）`;

/** 一、总体情况: optional preamble and intro, then sub-sections that can be renamed, added, removed and reordered. */
export function OverviewStep() {
  const { control, register, getValues } = useFormContext<Report>();
  const { fields, append, remove, move } = useFieldArray({
    control: control as unknown as Control<SubsectionsForm>,
    name: 'text.overview.sections',
  });
  const agencyKind = useWatch({ control, name: 'meta.agencyKind' });
  const [reference] = useState(() => ({
    preamble: lastYearText(getValues(), 'preamble'),
    overview: lastYearText(getValues(), 'overview'),
  }));
  const list = useRef<HTMLOListElement | null>(null);
  const focusHeading = (index: number) =>
    requestAnimationFrame(() => list.current?.querySelector<HTMLInputElement>(`[data-field="text.overview.sections.${index}.heading"]`)?.focus());

  const removeAt = (index: number) => {
    const section = getValues(`text.overview.sections.${index}`);
    const name = `${ordinal(index)}${section?.heading ?? ''}`;
    if (section && section.body.trim() !== '' && !window.confirm(`删除小节“${name}”及其正文？`)) return;
    remove(index);
    focusHeading(Math.max(0, index - 1));
  };
  const moveTo = (from: number, to: number) => {
    move(from, to);
    requestAnimationFrame(() => list.current?.querySelector<HTMLButtonElement>(`[data-move="${to}-${to < from ? 'up' : 'down'}"]`)?.focus());
  };

  return (
    <div className="overview-step">
      <p className="requirement">{overview?.requirement}</p>
      {agencyKind === 'government' && (
        <p className="requirement">人民政府的年度报告还应写明工作考核、社会评议和责任追究结果情况（通常写在“监督保障”中）。</p>
      )}
      <NarrativeField
        name="text.preamble"
        label="开头段落（可选）"
        hint="例如：本报告依据《中华人民共和国政府信息公开条例》编制，统计期限、公开网址、咨询方式等。"
        minRows={3}
        reference={reference.preamble}
      />
      <NarrativeField name="text.overview.intro" label="总体情况概述（可选，写在各小节之前）" minRows={2} />
      {reference.overview && (
        <aside className="reference" aria-label="上年度报告：总体情况">
          <h4>上年度报告“一、总体情况”原文（只读，供参考）</h4>
          <div className="reference-text" tabIndex={0}>
            {reference.overview.split('\n').map((line, index) => <p key={index}>{line}</p>)}
          </div>
        </aside>
      )}
      <ol className="subsections" ref={list}>
        {fields.map((item, index) => (
          <li key={item.id} className="subsection">
            <div className="subsection-head">
              <label className="subsection-heading">
                <span className="ordinal">{ordinal(index)}</span>
                <span className="visually-hidden">小标题</span>
                <input
                  {...register(`text.overview.sections.${index}.heading`)}
                  data-field={`text.overview.sections.${index}.heading`}
                  placeholder="小标题，例如：主动公开"
                />
              </label>
              <div className="subsection-actions" role="group" aria-label={`${ordinal(index)}小节的操作`}>
                <button type="button" data-move={`${index}-up`} disabled={index === 0} onClick={() => moveTo(index, index - 1)}>
                  上移<span className="visually-hidden">{ordinal(index)}</span>
                </button>
                <button
                  type="button"
                  data-move={`${index}-down`}
                  disabled={index === fields.length - 1}
                  onClick={() => moveTo(index, index + 1)}
                >
                  下移<span className="visually-hidden">{ordinal(index)}</span>
                </button>
                <button type="button" className="danger" onClick={() => removeAt(index)}>
                  删除<span className="visually-hidden">{ordinal(index)}</span>
                </button>
              </div>
            </div>
            <NarrativeField
              name={`text.overview.sections.${index}.body`}
              label={`${ordinal(index)}的正文`}
              labelHidden
              minRows={5}
            />
          </li>
        ))}
      </ol>
      <div className="subsection-add">
        <button
          type="button"
          onClick={() => {
            append({ heading: '', body: '' }, { shouldFocus: false });
            focusHeading(fields.length);
          }}
        >
          添加小节
        </button>
        <span className="hint">通常依次为：{overviewSubsections.join('、')}</span>
      </div>
    </div>
  );
}
