import { useFormContext } from 'react-hook-form';
import { useFormSelector } from '../form/formValues.ts';
import { recogniseAgency } from '../../model/agency/agencyRecognizer.ts';
import type { Report } from '../../model/reportSchema.ts';
import { applyRecognition } from './applyRecognition.ts';

/**
 * 识别为：设区的市人民政府，可制定规章 — and a way back to it when the clerk's settings differ.
 * Loaded on demand with the GB/T 2260 names (BasicsStep imports it lazily).
 */
export function AgencyRecognitionNote() {
  const { setValue } = useFormContext<Report>();
  // Mounted when its chunk arrives, often while the clerk is still typing the name: useFormSelector (not
  // useWatch) cannot miss the keys typed between its first render and its subscription.
  const agency = useFormSelector('meta.agency', (value) => (typeof value === 'string' ? value : ''));
  const kind = useFormSelector('meta.agencyKind', (value) => value ?? 'department');
  const canMake = useFormSelector('meta.canMakeRegulations', (value) => value === true);
  if (agency.trim() === '') return null;
  const recognised = recogniseAgency(agency);
  const differs = kind !== recognised.defaults.agencyKind || canMake !== recognised.canMakeRegulations;
  return (
    <p className="hint agency-recognition" role="status">
      识别为：{recognised.description}。
      {differs ? (
        <>
          当前的机关类型或规章制定权与识别结果不同（以您的选择为准）。
          <button type="button" className="link-button" onClick={() => applyRecognition(setValue, recognised)}>按识别结果设置</button>
        </>
      ) : null}
    </p>
  );
}
