import type { LedgerSheet } from '../../model/ledger/ledgerSheet.ts';
import { maxImportBytes, tooLargeMessage } from '../importLimits.ts';
import { LedgerLimitError, ledgerLimitMessages } from './ledgerLimits.ts';
import { readLedgerCsv } from './readLedgerText.ts';
import { readLedgerXlsx } from './readLedgerXlsx.ts';

export type LedgerFileResult = { readonly ok: true; readonly sheet: LedgerSheet } | { readonly ok: false; readonly error: string };

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;
// The old binary .xls (and .et) starts with the OLE2 signature.
const isOle = (bytes: Uint8Array) => bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

/**
 * A ledger file (.xlsx, or .csv in UTF-8 or GB18030) → its ledger sheet; a file it cannot read, or one past the
 * limits of ledgerLimits.ts, says why in Chinese. The same in the app (in its ledger worker) and the command line.
 */
export async function readLedgerFile(name: string, bytes: Uint8Array): Promise<LedgerFileResult> {
  if (bytes.byteLength > maxImportBytes) return { ok: false, error: tooLargeMessage(bytes.byteLength) };
  if (bytes.byteLength === 0) return { ok: false, error: '文件是空的。请选择填好的台账（.xlsx 或 .csv）。' };
  if (isOle(bytes)) {
    return { ok: false, error: '这是旧版 Excel（.xls）或 WPS 表格文件，无法直接读取。请在 Excel 或 WPS 中“另存为” .xlsx 或 CSV 后再导入。' };
  }
  if (isZip(bytes)) {
    try {
      return { ok: true, sheet: await readLedgerXlsx(bytes) };
    } catch (error) {
      return { ok: false, error: error instanceof LedgerLimitError ? error.message : ledgerLimitMessages.damaged };
    }
  }
  if (/\.(xlsx|xlsm)$/i.test(name)) {
    return { ok: false, error: '这个文件名是 .xlsx，但内容不是 Excel 工作簿。请在 Excel 或 WPS 中打开后重新保存再导入。' };
  }
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.subarray(0, 4096).includes(0)) {
    return { ok: false, error: '这个文件不是表格或文本文件。请导入 .xlsx 或 .csv 格式的台账。' };
  }
  try {
    return { ok: true, sheet: readLedgerCsv(bytes) };
  } catch (error) {
    if (error instanceof LedgerLimitError) return { ok: false, error: error.message };
    throw error;
  }
}
