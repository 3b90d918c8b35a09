import type { AgencyKindValue } from '../model/reportSchema.ts';

/** A 人民政府's own report has other deadlines and duties; everything else is read as a department. */
export function detectAgencyKind(agency: string): AgencyKindValue {
  return /人民政府$/.test(agency) ? 'government' : 'department';
}
