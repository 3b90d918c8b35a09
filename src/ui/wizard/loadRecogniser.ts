import type { RecognisedAgency } from '../../model/agency/agencyRecognizer.ts';

export type Recogniser = (agency: string) => RecognisedAgency;

let loading: Promise<Recogniser> | undefined;

/** The GB/T 2260 names and the recognition are a chunk of their own, fetched when 基本信息 first opens. */
export function loadRecogniser(): Promise<Recogniser> {
  loading ??= import('../../model/agency/agencyRecognizer.ts')
    .then((module) => (agency: string) => module.recogniseAgency(agency))
    .catch((error: unknown) => {
      loading = undefined; // a failed fetch is tried again next time
      throw error;
    });
  return loading;
}
