import { lacksAgency } from '../../model/exportGuard.ts';
import type { Report } from '../../model/reportSchema.ts';
import { exportFormats, type ExportKind } from '../../render/exportFormats.ts';
import { reportTitle } from '../../render/reportTitle.ts';

/** The report's title as a file name, characters Windows refuses replaced. */
export function exportFileName(report: Report, kind: ExportKind): string {
  const title = lacksAgency(report) ? `未命名机关${reportTitle(report)}` : reportTitle(report);
  return `${title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')}${exportFormats[kind].suffix}`;
}
