import { readFile, stat } from 'node:fs/promises';
import { readReportBytes } from '../import/readReportBytes.ts';
import { importedReportReader } from './importedReportReader.ts';
import { fileErrorMessage } from './fileErrorMessage.ts';
import type { Report } from '../model/reportSchema.ts';
import type { FileReader } from './fileReader.ts';

/** Largest file the command line reads: a report is a few hundred kB at most. */
export const maxFileBytes = 50 * 1024 * 1024;

/** Readers by file extension; the import layer adds .txt, .html, .mhtml, .docx and .pdf. */
export const readersByExtension = new Map<string, FileReader>([
  ['.json', async (_file, bytes) => {
    const result = readReportBytes(bytes);
    if (!result.ok) throw new Error(result.error);
    return result.report;
  }],
  // Published reports are imported first (src/import).
  ['.txt', importedReportReader],
  ['.html', importedReportReader],
  ['.htm', importedReportReader],
  ['.mhtml', importedReportReader],
  ['.mht', importedReportReader],
  ['.docx', importedReportReader],
  ['.pdf', importedReportReader],
]);

function extensionOf(file: string): string {
  const match = /\.[^./\\]+$/.exec(file);
  return match ? match[0].toLowerCase() : '';
}

/** Reads a report from a file of any supported kind; throws an Error with a one-line reason. */
export async function readReportFile(file: string): Promise<Report> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new Error('这是一个文件夹，不是文件');
    if (info.size > maxFileBytes) throw new Error(`文件过大（${Math.round(info.size / 1048576)} MB），不像是年度报告`);
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === undefined && error instanceof Error) throw error;
    throw new Error(fileErrorMessage(error, 'read'));
  }
  const reader = readersByExtension.get(extensionOf(file)) ?? readersByExtension.get('.json');
  if (!reader) throw new Error('不支持的文件类型');
  return reader(file, bytes);
}
