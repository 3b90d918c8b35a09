import { importReport } from '../../import/importReport.ts';
import type { ImportInput } from '../../import/inputKind.ts';

// The import off the page's thread: a long read (a large .docx, a hostile page) never freezes the wizard.
const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<ImportInput>) => void) | null; postMessage: (message: unknown) => void };

scope.onmessage = (event) => {
  void importReport(event.data).then((result) => scope.postMessage(result));
};
