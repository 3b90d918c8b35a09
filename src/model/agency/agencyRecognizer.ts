import { agencyMetaDefaults, describeAgency, type AgencyMetaDefaults } from './agencyDefaults.ts';
import { gbt2260Divisions } from './gbt2260Divisions.ts';
import { recognizeAgency } from './recognizeAgency.ts';

export type RecognisedAgency = {
  /** The meta fields to set: agencyKind, agencyLevel when read, canMakeRegulations when it can. */
  readonly defaults: AgencyMetaDefaults;
  readonly canMakeRegulations: boolean;
  /** 设区的市人民政府，可制定规章；公布时限为次年3月31日 */
  readonly description: string;
};

/**
 * The recognition with the GB/T 2260 data, as one module the app loads on demand (data, rules and wording
 * together stay out of the first load).
 */
export function recogniseAgency(agency: string, title?: string): RecognisedAgency {
  const recognition = recognizeAgency(agency, title, gbt2260Divisions);
  return { defaults: agencyMetaDefaults(recognition), canMakeRegulations: recognition.canMakeRegulations, description: describeAgency(recognition) };
}
