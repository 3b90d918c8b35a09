import { Packer } from 'docx';
import type { Report } from '../../model/reportSchema.ts';
import { renderDocx } from './renderDocx.ts';

export const docxMimeType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The .docx file's bytes (command line, tests, bench). */
export function renderDocxBytes(report: Report): Promise<Uint8Array> {
  return Packer.pack(renderDocx(report), 'uint8array');
}

/** The .docx file as a Blob for the browser's download. */
export async function renderDocxBlob(report: Report): Promise<Blob> {
  const bytes = await renderDocxBytes(report);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: docxMimeType });
}
