import { useSyncExternalStore } from 'react';
import { useGridApi } from './GridApiContext.tsx';

/** Fill all totals, undo, redo, and the one-line message of the last paste or fill. */
export function GridToolbar() {
  const api = useGridApi();
  const message = useSyncExternalStore(api.status.subscribe, api.status.get, api.status.get);
  return (
    <div className="grid-toolbar">
      <div className="grid-actions">
        <button type="button" onClick={() => api.fillAllTotals()} data-action="fill-totals">填入全部合计</button>
        <button type="button" onClick={() => api.undo()} data-action="undo" title="撤销上一次修改或粘贴（Ctrl+Z）">撤销</button>
        <button type="button" onClick={() => api.redo()} data-action="redo" title="重做（Ctrl+Y）">重做</button>
        <span className="grid-hint">方向键、Enter、Tab 移动；直接输入即替换，双击或 F2 修改部分内容；Esc 还原；Ctrl+Z 撤销；在合计格按 Alt+= 填入各项之和；可粘贴 Excel/WPS 表格或网页上的一行数字</span>
      </div>
      <p className={message?.kind === 'refused' ? 'grid-message grid-message-refused' : 'grid-message'} role="status" aria-live="polite">
        {message?.kind === 'refused' && <span aria-hidden="true">⛔ </span>}
        {message?.text ?? ''}
      </p>
    </div>
  );
}
