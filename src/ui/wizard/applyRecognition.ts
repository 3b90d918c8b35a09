import type { UseFormSetValue } from 'react-hook-form';
import type { RecognisedAgency } from '../../model/agency/agencyRecognizer.ts';
import type { Report } from '../../model/reportSchema.ts';

/** Sets 机关类型, 规章制定权 and the recorded level from a recognition; the clerk can change each afterwards. */
export function applyRecognition(setValue: UseFormSetValue<Report>, recognised: RecognisedAgency): void {
  const options = { shouldDirty: true } as const;
  setValue('meta.agencyKind', recognised.defaults.agencyKind, options);
  setValue('meta.canMakeRegulations', recognised.canMakeRegulations, options);
  setValue('meta.agencyLevel', recognised.defaults.agencyLevel, options);
}
