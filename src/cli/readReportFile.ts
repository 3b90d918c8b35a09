import { readFile, stat } from 'node:fs/promises';
import { importKindByExtension } from '../import/importFormats.ts';
import { maxImportBytes, tooLargeMessage } from '../import/importLimits.ts';
import { readReportBytes } from '../import/readReportBytes.ts';
import { importedReportReader } from './importedReportReader.ts';
import { fileErrorMessage } from './fileErrorMessage.ts';
import type { Report } from '../model/reportSchema.ts';
import type { FileReader } from './fileReader.ts';

const reportJsonReader: FileReader = async (_file, bytes) => {
  const result = readReportBytes(bytes);
  if (!result.ok) throw new Error(result.error);
  return result.report;
};

/** Readers by file extension (import/importFormats.ts): the report JSON as it is, published reports imported first. */
export const readersByExtension = new Map<string, FileReader>(
  [...importKindByExtension].map(([extension, kind]) => [extension, kind === 'json' ? reportJsonReader : importedReportReader]),
);

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
    if (info.size > maxImportBytes) throw new Error(tooLargeMessage(info.size));
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === undefined && error instanceof Error) throw error;
    throw new Error(fileErrorMessage(error, 'read'));
  }
  const reader = readersByExtension.get(extensionOf(file)) ?? readersByExtension.get('.json');
  if (!reader) throw new Error('不支持的文件类型');
  return reader(file, bytes);
}
