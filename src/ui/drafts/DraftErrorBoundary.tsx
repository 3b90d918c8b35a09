import { Component, type ReactNode } from 'react';
import type { DraftStore } from './draftStore.ts';
import { downloadRawData, downloadReport } from './reportFile.ts';
import './drafts.css';

type Props = {
  readonly draftId: string;
  readonly store: DraftStore;
  readonly onShowDrafts: () => void;
  readonly children: ReactNode;
};

/**
 * Around the wizard: if it fails while showing a draft, the page does not go blank. The clerk can save the
 * draft's stored data as a file and go to the drafts list; the other drafts stay reachable.
 */
export class DraftErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  private readonly saveFile = async () => {
    const { store, draftId } = this.props;
    const record = await store.get(draftId).catch(() => undefined);
    if (record) {
      downloadReport(record.report);
      return;
    }
    const damaged = (await store.damaged().catch(() => [])).find((entry) => entry.id === draftId);
    downloadRawData(damaged?.raw ?? null, `草稿原始数据-${draftId}.json`);
  };

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="draft-failure" role="alert" data-notice="wizard-failed">
        <h1>政府信息公开工作年度报告编写助手</h1>
        <p>这份草稿无法显示：程序遇到了它处理不了的内容。已保存在本浏览器中的内容没有丢失。</p>
        <p>请先点“保存为文件”留下这份草稿的数据，再点“草稿与文件”打开其他草稿或新建报告。</p>
        <div className="draft-actions">
          <button type="button" data-action="save-raw" onClick={() => void this.saveFile()}>保存为文件</button>
          <button type="button" data-action="drafts" onClick={this.props.onShowDrafts}>草稿与文件</button>
        </div>
      </div>
    );
  }
}
