import { lazy, Suspense } from 'react';
import type { Report } from '../../model/reportSchema.ts';
import { loadImportPanel } from '../wizard/optionalModules.ts';

// Loaded on demand: the importer pulls in mammoth, which writing a report never needs.
const loader = loadImportPanel;
const ImportPanel = loader ? lazy(() => loader().then((module) => ({ default: module.ImportPanel }))) : undefined;

export const importAvailable = ImportPanel !== undefined;

/** The import engineer's panel (published .docx/.html/text → report), when it is part of the build. */
export function ImportHost({ onAccept, onCancel }: { onAccept: (report: Report) => void; onCancel: () => void }) {
  if (!ImportPanel) return null;
  return (
    <Suspense fallback={<p role="status">正在载入导入工具……</p>}>
      <ImportPanel onAccept={onAccept} onCancel={onCancel} />
    </Suspense>
  );
}
