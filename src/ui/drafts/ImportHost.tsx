import { lazy, Suspense } from 'react';
import type { Report } from '../../model/reportSchema.ts';

// Loaded on demand: the importer pulls in mammoth, which writing a report never needs.
const ImportPanel = lazy(() => import('../import/ImportPanel.tsx').then((module) => ({ default: module.ImportPanel })));

/** The importer's panel (published .docx/.html/text → report), loaded when the clerk asks for it. */
export function ImportHost({ onAccept, onCancel }: { onAccept: (report: Report) => void; onCancel: () => void }) {
  return (
    <Suspense fallback={<p role="status">正在载入导入工具……</p>}>
      <ImportPanel onAccept={onAccept} onCancel={onCancel} />
    </Suspense>
  );
}
