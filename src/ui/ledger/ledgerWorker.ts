import { readLedgerFile } from '../../import/ledger/readLedgerFile.ts';

// The ledger read off the page's thread: a workbook of tens of thousands of lines never freezes the wizard. This is
// the app's own file, started as a module worker from its own origin, so the page's CSP (script-src 'self') allows it.
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<{ name: string; bytes: Uint8Array }>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  void readLedgerFile(event.data.name, event.data.bytes).then(
    (result) => scope.postMessage(result),
    () => scope.postMessage({ ok: false, error: '读取台账时出错，请在 Excel 或 WPS 中打开后重新保存再导入。' }),
  );
};
