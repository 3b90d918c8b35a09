import { useFormContext, useWatch } from 'react-hook-form';
import { recogniseAgency } from '../../model/agency/agencyRecognizer.ts';
import type { Report } from '../../model/reportSchema.ts';
import { applyRecognition } from './applyRecognition.ts';

/**
 * 识别为：设区的市人民政府，可制定规章 — and a way back to it when the clerk's settings differ.
 * Loaded on demand with the GB/T 2260 names (BasicsStep imports it lazily).
 */
export function AgencyRecognitionNote() {
  const { setValue } = useFormContext<Report>();
  const agency = useWatch<Report, 'meta.agency'>({ name: 'meta.agency' }) ?? '';
  const kind = useWatch<Report, 'meta.agencyKind'>({ name: 'meta.agencyKind' }) ?? 'department';
  const canMake = useWatch<Report, 'meta.canMakeRegulations'>({ name: 'meta.canMakeRegulations' }) ?? false;
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
