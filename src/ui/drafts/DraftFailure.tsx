import type { DraftStore } from '../../storage/draftStore.ts';
import { downloadRawData, downloadReport } from './reportFile.ts';

type Props = { readonly draftId: string; readonly store: DraftStore; readonly onShowDrafts: () => void };

// The draft as stored (the wizard's last edits are written as it unmounts); its raw data if it no longer reads.
async function saveFile(store: DraftStore, draftId: string): Promise<void> {
  const record = await store.get(draftId).catch(() => undefined);
  if (record) {
    downloadReport(record.report);
    return;
  }
  const damaged = (await store.damaged().catch(() => [])).find((entry) => entry.id === draftId);
  downloadRawData(damaged?.raw ?? null, `草稿原始数据-${draftId}.json`);
}

/** Shown instead of a wizard that failed: save the draft as a file, go to the drafts list. */
export function DraftFailure({ draftId, store, onShowDrafts }: Props) {
  return (
    <div className="draft-failure" role="alert" data-notice="wizard-failed">
      <h1>政府信息公开工作年度报告编写助手</h1>
      <p>这份草稿无法显示：程序遇到了它处理不了的内容。已保存在本浏览器中的内容没有丢失。</p>
      <p>请先点“保存为文件”留下这份草稿的数据，再点“草稿与文件”打开其他草稿或新建报告。</p>
      <div className="draft-actions">
        <button type="button" data-action="save-raw" onClick={() => void saveFile(store, draftId)}>保存为文件</button>
        <button type="button" data-action="drafts" onClick={onShowDrafts}>草稿与文件</button>
      </div>
    </div>
  );
}
