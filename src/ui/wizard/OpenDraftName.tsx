import { useWatch } from 'react-hook-form';
import type { Report } from '../../model/reportSchema.ts';

type Props = { readonly name: string | undefined; readonly example: boolean };

/**
 * The open draft, named as the drafts list names it (the clerk's name, else agency and year, kept live).
 * The year is its own piece that never shrinks: a long agency name is shortened with “…”, the year stays.
 */
export function OpenDraftName({ name, example }: Props) {
  const [agency, year] = useWatch<Report, ['meta.agency', 'meta.year']>({ name: ['meta.agency', 'meta.year'] });
  const yearText = `${String(year ?? '')}年度`;
  const main = name ?? ((agency ?? '').trim() || '未填写机关名称');
  // A name the clerk gave that already says the year needs no second one.
  const showYear = name === undefined || !name.includes(String(year ?? ''));
  const shown = showYear ? `${main} ${yearText}` : main;
  return (
    <span className="open-draft" data-open-draft>
      <span className="visually-hidden">正在编辑：</span>
      {example && <span className="tag tag-example" data-example-tag>示例</span>}
      <span className="open-draft-name" title={shown}>
        <span className="open-draft-agency">{main}</span>
        {showYear && <span className="open-draft-year" data-open-draft-year>{` ${yearText}`}</span>}
      </span>
    </span>
  );
}
