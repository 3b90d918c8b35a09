import { detectInputKind } from '../import/detectInputKind.ts';
import { importReport, type ImportResult } from '../import/importReport.ts';
import type { FileReader } from './fileReader.ts';
import { savedPageFrames } from './savedPageFrames.ts';

/** Imports a published report file (.txt/.html/.mhtml/.docx/.pdf, or report JSON) with its notes; a saved page with its _files folder. */
export async function importFile(file: string, bytes: Uint8Array): Promise<ImportResult> {
  const detected = detectInputKind(file, bytes);
  if (!detected.ok) return detected;
  const frames = detected.input.kind === 'html' ? await savedPageFrames(file) : new Map<string, string>();
  return importReport(frames.size > 0 ? { ...detected.input, frames } : detected.input);
}

/** readReportFile's reader for published reports: the report imported first, notes dropped. */
export const importedReportReader: FileReader = async (file, bytes) => {
  const result = await importFile(file, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!result.ok) throw new Error(result.error);
  return result.report;
};
