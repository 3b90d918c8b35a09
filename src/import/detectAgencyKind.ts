import { agencyMetaDefaults, describeAgency, type AgencyMetaDefaults } from '../model/agency/agencyDefaults.ts';
import { gbt2260Divisions } from '../model/agency/gbt2260Divisions.ts';
import { recognizeAgency } from '../model/agency/recognizeAgency.ts';

/**
 * Who the agency is, from its name and the title (GB/T 2260 division names): its kind, level and whether
 * it can make 规章. A title naming only a division (某某市2023年…) is that government's own report.
 */
export function detectAgency(agency: string, title: string | undefined): { meta: AgencyMetaDefaults; description: string } {
  const recognition = recognizeAgency(agency, title, gbt2260Divisions);
  return { meta: agencyMetaDefaults(recognition), description: describeAgency(recognition) };
}
