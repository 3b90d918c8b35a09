import { useWatch } from 'react-hook-form';
import type { Report } from '../../model/reportSchema.ts';

type Props = { readonly name: string | undefined; readonly example: boolean };

/** The open draft, named as the drafts list names it (the clerk's name, else agency and year, kept live). */
export function OpenDraftName({ name, example }: Props) {
  const [agency, year] = useWatch<Report, ['meta.agency', 'meta.year']>({ name: ['meta.agency', 'meta.year'] });
  const shown = name ?? `${(agency ?? '').trim() || '未填写机关名称'} ${String(year ?? '')}年度`;
  return (
    <span className="open-draft" data-open-draft>
      <span className="visually-hidden">正在编辑：</span>
      {example && <span className="tag tag-example" data-example-tag>示例</span>}
      <span className="open-draft-name" title={shown}>{shown}</span>
    </span>
  );
}
