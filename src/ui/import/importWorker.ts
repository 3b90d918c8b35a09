import { importReport } from '../../import/importReport.ts';
import type { ImportInput } from '../../import/inputKind.ts';

// The import off the page's thread: a long read (a large .docx, a hostile page) never freezes the wizard.
const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<ImportInput>) => void) | null; postMessage: (message: unknown) => void };

// pdf.js's worker module, loaded here for a PDF, also hooks itself to this worker's port and posts a "ready"
// message of its own: the result goes in an envelope the page waits for, and anything else is ignored there.
scope.onmessage = (event) => {
  void importReport(event.data).then((result) => scope.postMessage({ importResult: result }));
};
