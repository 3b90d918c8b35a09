import { readReportText, type ReadResult } from '../model/readReport.ts';
import { decodeText } from './decodeText.ts';

/**
 * A report file's bytes → the report, whatever encoding Windows saved it in (UTF-8, UTF-16, GBK/GB18030):
 * the one reader of report JSON files for the command line and the app.
 */
export function readReportBytes(bytes: Uint8Array): ReadResult {
  return readReportText(decodeText(bytes));
}
