import type { Report } from '../../model/reportSchema.ts';
import { reportTitle } from '../../render/reportTitle.ts';

export type ExportKind = 'docx' | 'html' | 'cms';

const suffixes: Readonly<Record<ExportKind, string>> = { docx: '.docx', html: '.html', cms: '（网站编辑器用）.html' };

/** The report's title as a file name, characters Windows refuses replaced. */
export function exportFileName(report: Report, kind: ExportKind): string {
  const title = report.meta.agency.trim() === '' ? `未命名机关${reportTitle(report)}` : reportTitle(report);
  return `${title.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')}${suffixes[kind]}`;
}
