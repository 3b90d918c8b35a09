import { useSaveStatus, type SaveStatusStore } from '../drafts/saveStatus.ts';

// One formatter for the page's life: toLocaleTimeString builds a new one on every call.
const timeFormat = new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
const time = (date: Date) => timeFormat.format(date);

/** Where the draft stands: saved in this browser, saving, or failed (then: save to a file). */
export function SaveStatusLine({ status, persistent }: { status: SaveStatusStore; persistent: boolean }) {
  const current = useSaveStatus(status);
  if (!persistent) {
    return <span className="save-status save-failed" role="status">此浏览器不允许保存草稿，请随时“保存为文件”</span>;
  }
  // Not a live region while saving goes well: a screen reader would hear 正在保存…… and 草稿已自动保存
  // after every cell; only a failure is announced (role="alert").
  switch (current.kind) {
    case 'saved':
      return <span className="save-status" data-save="saved">草稿已自动保存（{time(current.at)}）</span>;
    case 'pending':
      return <span className="save-status" data-save="pending">正在保存……</span>;
    case 'failed':
      return <span className="save-status save-failed" role="alert" data-save="failed">{current.message}</span>;
    case 'idle':
      return <span className="save-status" data-save="idle">草稿自动保存在本浏览器中</span>;
  }
}
