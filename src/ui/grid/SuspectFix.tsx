import { memo } from 'react';
import { useGridApi } from './GridApiContext.tsx';
import type { CellPath } from '../../template/cellPathType.ts';

/** "改为 N" under the cell the failing sums point at: one click writes the figure that clears them (Ctrl+Z undoes). */
export const SuspectFix = memo(function SuspectFix({ path, value }: { path: CellPath; value: number }) {
  const api = useGridApi();
  return (
    <button
      type="button"
      className="total-offer suspect-fix"
      tabIndex={-1}
      title={`此格可能输错：改为 ${value} 后，相关的合计都能对上（Ctrl+Z 可撤销）`}
      // Keeps the keyboard in the cell being edited.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => api.fixCell(path, value)}
    >
      改为 {value}
    </button>
  );
});
