import { lazy, Suspense, useId, useRef, type FocusEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { defaultReportYear, statisticsPeriod } from '../../model/reportYear.ts';
import type { Report } from '../../model/reportSchema.ts';
import { agencyKinds } from '../../template/agencyKinds.ts';
import { applyRecognition } from './applyRecognition.ts';
import { loadRecogniser } from './loadRecogniser.ts';

// With the GB/T 2260 names: a chunk of its own, never in the first load.
const AgencyRecognitionNote = lazy(() => import('./AgencyRecognition.tsx').then((module) => ({ default: module.AgencyRecognitionNote })));

const blankToNull = (value: unknown) => (value === '' || value === undefined ? null : value);
const blankToUndefined = (value: unknown) => (value === '' ? undefined : value);

function yearChoices(current: number): number[] {
  const last = defaultReportYear() + 1;
  const years = Array.from({ length: 10 }, (_, i) => last - i);
  return years.includes(current) ? years : [current, ...years].sort((a, b) => b - a);
}

function StatisticsPeriod() {
  const year = useWatch<Report, 'meta.year'>({ name: 'meta.year' });
  return <output data-field="statisticsPeriod">{statisticsPeriod(Number(year))}</output>;
}

/** Where the importer read the date of publication (a saved page's metadata or info line), while it stands. */
function PublishedSource() {
  const source = useWatch<Report, 'meta.publishedOnSource'>({ name: 'meta.publishedOnSource' });
  return source ? <span data-field="meta.publishedOnSource">导入时取自{source}。</span> : null;
}

/** 基本信息: agency, year, kind, 成文日期, 发布日期, contacts; 统计期限 follows the year. */
export function BasicsStep() {
  const { register, getValues, setValue } = useFormContext<Report>();
  const id = useId();
  const agencyAtFocus = useRef('');
  // A name the clerk has just written or changed sets the kind and 规章 box from what it says; both stay editable.
  const recogniseRenamed = async (event: FocusEvent<HTMLInputElement>) => {
    const name = event.target.value;
    if (name === agencyAtFocus.current || name.trim() === '') return;
    const recogniser = await loadRecogniser().catch(() => undefined);
    if (recogniser && getValues('meta.agency') === name) applyRecognition(setValue, recogniser(name));
  };
  const field = (suffix: string) => `${id}-${suffix}`;
  return (
    <div className="basics-step">
      <div className="form-grid">
        <label htmlFor={field('agency')}>机关全称<span className="required" aria-hidden="true">*</span></label>
        <div>
          <input
            id={field('agency')}
            {...register('meta.agency', { onBlur: recogniseRenamed })}
            onFocus={(event) => {
              agencyAtFocus.current = event.target.value;
            }}
            data-field="meta.agency"
            aria-required="true"
            aria-describedby={field('agency-hint')}
            placeholder="例如：某某市某某区人力资源和社会保障局"
          />
          <p className="hint" id={field('agency-hint')}>用于报告标题和落款，写全称。</p>
          <Suspense fallback={null}>
            <AgencyRecognitionNote />
          </Suspense>
        </div>

        <label htmlFor={field('year')}>报告年度</label>
        <div>
          <select id={field('year')} {...register('meta.year', { setValueAs: (value) => Number(value) })} data-field="meta.year">
            {yearChoices(getValues('meta.year')).map((year) => <option key={year} value={year}>{year}年</option>)}
          </select>
          <p className="hint">统计期限：<StatisticsPeriod /></p>
        </div>

        <span id={field('kind')}>机关类型</span>
        <div role="radiogroup" aria-labelledby={field('kind')} className="radio-list" data-field="meta.agencyKind">
          {agencyKinds.map((kind) => (
            <label key={kind.id}>
              <input type="radio" value={kind.id} {...register('meta.agencyKind')} />
              {kind.label}
            </label>
          ))}
        </div>

        <label htmlFor={field('issued')}>成文日期</label>
        <div>
          <input
            id={field('issued')}
            type="date"
            // A date chosen here replaces the one the published report wrote (meta.issuedOnText, checked by date-format).
            {...register('meta.issuedOn', { setValueAs: blankToNull, onChange: () => setValue('meta.issuedOnText', undefined) })}
            data-field="meta.issuedOn"
            aria-describedby={field('issued-hint')}
          />
          <p className="hint" id={field('issued-hint')}>部门报告一般在次年1月31日前公布，人民政府本级报告在3月31日前公布。</p>
        </div>

        <label htmlFor={field('published')}>发布日期</label>
        <div>
          <input
            id={field('published')}
            type="date"
            // A date chosen here is the clerk's own: where the importer had read it no longer applies.
            {...register('meta.publishedOn', { setValueAs: blankToUndefined, onChange: () => setValue('meta.publishedOnSource', undefined) })}
            data-field="meta.publishedOn"
            aria-describedby={field('published-hint')}
          />
          <p className="hint" id={field('published-hint')}>
            报告在网站上公布的日期（计划或实际），审查是否逾期时先看这个日期，没有时看成文日期。<PublishedSource />
          </p>
        </div>

        <label htmlFor={field('deadline')}>公布时限（可选）</label>
        <div>
          <input
            id={field('deadline')}
            type="date"
            {...register('meta.deadline', { setValueAs: blankToUndefined })}
            data-field="meta.deadline"
            aria-describedby={field('deadline-hint')}
          />
          <p className="hint" id={field('deadline-hint')}>乡镇、街道等由当地另行规定时限的，在此填写；留空则按条例第四十九条。</p>
        </div>

        <label htmlFor={field('contact')}>联系人或联系部门</label>
        <input id={field('contact')} {...register('meta.contact')} data-field="meta.contact" />

        <label htmlFor={field('address')}>通信地址</label>
        <input id={field('address')} {...register('meta.address')} data-field="meta.address" />

        <label htmlFor={field('phone')}>联系电话</label>
        <input id={field('phone')} type="tel" {...register('meta.phone')} data-field="meta.phone" />

        <label htmlFor={field('website')}>公开网址</label>
        <input id={field('website')} type="url" {...register('meta.website')} data-field="meta.website" placeholder="https://" />

        <span aria-hidden="true" />
        <label className="checkbox">
          <input type="checkbox" {...register('meta.canMakeRegulations')} data-field="meta.canMakeRegulations" />
          本机关有规章制定权（国务院部门，省、设区的市、自治州人民政府）
        </label>
      </div>
    </div>
  );
}
