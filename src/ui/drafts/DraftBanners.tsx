import type { Report } from '../../model/reportSchema.ts';
import type { ViewerReason } from '../../storage/editorLease.ts';
import { downloadReport } from './reportFile.ts';

type Props = {
  /** Why this tab only shows the draft, or null when it edits it. */
  readonly viewer: ViewerReason | null;
  /** The report this tab could not store because another tab stored newer work. */
  readonly conflict: Report | null;
  readonly busy: boolean;
  readonly onTakeOver: () => void;
  readonly onShowDrafts: () => void;
  readonly onKeepAsNew: () => void;
  readonly onLoadNewer: () => void;
};

/** Above a read-only draft: why it is read-only, and the ways on (take over; keep this tab's edits). */
export function DraftBanners({ viewer, conflict, busy, onTakeOver, onShowDrafts, onKeepAsNew, onLoadNewer }: Props) {
  return (
    <>
      {viewer && (
        <div className="draft-lock" role="alert" data-notice="other-tab">
          <p>
            {viewer === 'taken-over'
              ? '此草稿已在另一个标签页中接着编辑，这里的修改都已保存。为免互相覆盖，这里现在只能查看。'
              : viewer === 'editor-left'
                ? '编辑此草稿的另一个标签页已关闭或换了草稿。点“在此标签页编辑”即可载入最新保存的内容接着编辑。'
                : '此草稿正在另一个标签页中编辑。为免互相覆盖，这里只能查看。'}
          </p>
          <div className="draft-actions">
            <button type="button" data-action="take-over" disabled={busy} onClick={onTakeOver}>
              在此标签页编辑（载入最新保存的内容）
            </button>
            <button type="button" onClick={onShowDrafts}>草稿与文件</button>
          </div>
        </div>
      )}
      {conflict && (
        <div className="draft-lock" role="alert" data-notice="conflict">
          <p>此草稿已在另一个标签页中保存了较新的内容。为免覆盖，本页最近的修改没有存入草稿，仍保留在本页。请选择：</p>
          <div className="draft-actions">
            <button type="button" data-action="keep-as-new" disabled={busy} onClick={onKeepAsNew}>把本页的内容另存为新草稿</button>
            <button type="button" data-action="save-conflict-file" onClick={() => downloadReport(conflict)}>把本页的内容保存为文件</button>
            <button type="button" data-action="load-newer" disabled={busy} onClick={onLoadNewer}>载入较新的内容（放弃本页的修改）</button>
          </div>
        </div>
      )}
    </>
  );
}
