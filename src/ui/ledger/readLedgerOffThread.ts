import { readLedgerFile, type LedgerFileResult } from '../../import/ledger/readLedgerFile.ts';

/** Far longer than the largest ledger within the limits takes; then the worker is stopped and the clerk told. */
export const ledgerTimeLimitMs = 60_000;

export const ledgerTimedOutMessage = `读取超过 ${ledgerTimeLimitMs / 1000} 秒仍未完成，已停止读取：文件可能过大或已损坏。请在 Excel 或 WPS 中打开，只保留台账所在的工作表，另存为 .xlsx 或 CSV 后再导入`;

/**
 * readLedgerFile in the app's own module worker (ledgerWorker.ts), so the page keeps answering while a large
 * ledger is read and a read that never ends is stopped. Where a module worker cannot start, reads here.
 */
export function readLedgerOffThread(name: string, bytes: Uint8Array): Promise<LedgerFileResult> {
  if (typeof Worker === 'undefined') return readLedgerFile(name, bytes);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./ledgerWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(readLedgerFile(name, bytes));
      return;
    }
    const finish = (result: LedgerFileResult | Promise<LedgerFileResult>) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, error: ledgerTimedOutMessage }), ledgerTimeLimitMs);
    worker.onmessage = (event: MessageEvent<LedgerFileResult>) => finish(event.data);
    // The worker could not start (or crashed): read here instead.
    worker.onerror = (event) => {
      event.preventDefault();
      finish(readLedgerFile(name, bytes));
    };
    worker.postMessage({ name, bytes });
  });
}
