import type { Report } from '../../model/reportSchema.ts';

/** File name for a saved report: 机关全称 + 年度 + title, characters Windows refuses removed. */
export function reportFileName(report: Report): string {
  const agency = report.meta.agency.trim() || '未命名机关';
  return `${agency}${report.meta.year}年政府信息公开工作年度报告.json`.replace(/[\\/:*?"<>|]/g, '_');
}

/** The report as the file format of spec/report-format.md (two-space JSON, unknown keys kept). */
export function reportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Offers the report as a .json download. */
export function downloadReport(report: Report): void {
  const url = URL.createObjectURL(new Blob([reportJson(report)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = reportFileName(report);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type OpenResult = { ok: true; report: Report } | { ok: false; error: string };

/** Reads a chosen .json file as a report; a broken one gets a one-line Chinese message. */
export async function readReportFile(file: File): Promise<OpenResult> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, error: `无法读取文件“${file.name}”，请确认文件没有被移动或占用。` };
  }
  // The file reader (with its schema) loads when a file is opened, not with the app; UTF-16 and GBK files read as the CLI reads them.
  const { readReportBytes } = await import('../../import/readReportBytes.ts');
  const result = readReportBytes(bytes);
  if (result.ok) return result;
  return { ok: false, error: `无法打开“${file.name}”：${result.error}。当前草稿没有任何改动。` };
}

/** Offers stored data that does not read as a report, as it is, as a .json download (nothing is dropped). */
export function downloadRawData(data: unknown, fileName: string): void {
  let text: string;
  try {
    text = typeof data === 'string' ? data : `${JSON.stringify(data, null, 2)}\n`;
  } catch {
    text = String(data);
  }
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName.replace(/[\\/:*?"<>|]/g, '_');
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
