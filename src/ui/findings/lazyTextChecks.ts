import type { Finding } from '../../model/finding.ts';
import type { Report } from '../../model/reportSchema.ts';
import type { TextChecks } from './findingsStoreCore.ts';

type Loaded = { readonly validateText: (report: Report) => Finding[] };

let loaded: Loaded | null = null;
let loading: Promise<Loaded> | null = null;

/**
 * The report-level checks (meta, narrative, across years) as a chunk of their own, loaded just after the
 * first paint: until then they report nothing, then the caller recomputes. The table checks are never late.
 */
export const lazyTextChecks: TextChecks = (report) => (loaded ? loaded.validateText(report) : []);

export function loadTextChecks(): Promise<void> {
  loading ??= import('../../model/validateReport.ts').then((module) => {
    loaded = module;
    return module;
  });
  loading.catch(() => {
    loading = null;
  });
  return loading.then(() => undefined);
}
