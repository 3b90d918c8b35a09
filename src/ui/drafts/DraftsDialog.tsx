import { useCallback, useEffect, useRef, useState } from 'react';
import { emptyReport } from '../../model/emptyReport.ts';
import { defaultReportYear } from '../../model/reportYear.ts';
import { nextYearReport } from '../../model/nextYearReport.ts';
import type { Report } from '../../model/reportSchema.ts';
import { exampleReport } from '../example/exampleReport.ts';
import { draftName, formatSavedAt } from '../../storage/draftName.ts';
import type { DraftRecord, DraftStore } from '../../storage/draftStore.ts';
import { DamagedDrafts } from './DamagedDrafts.tsx';
import { ImportHost } from './ImportHost.tsx';
import { OpenFileButton } from './OpenFileButton.tsx';
import { useFocusReturn } from '../layout/useFocusReturn.ts';
import { isExampleDraft } from '../example/exampleIdentity.ts';
import { downloadReport } from './reportFile.ts';
import { DraftsLocationNote } from './DraftsLocationNote.tsx';

type Props = {
  readonly store: DraftStore;
  readonly currentId: string;
  /** Opens a stored draft in the wizard. */
  readonly onOpen: (record: DraftRecord) => void;
  /** Stores a new report as a draft and opens it. */
  readonly onCreate: (report: Report, name?: string) => void;
  /** The open draft was deleted: the app opens another one. */
  readonly onCurrentRemoved: () => void;
  readonly onClose: () => void;
};

/** 草稿与文件: every draft in this browser (open, copy, rename, delete), new reports, files and import. */
export function DraftsDialog({ store, currentId, onOpen, onCreate, onCurrentRemoved, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement | null>(null);
  const [drafts, setDrafts] = useState<DraftRecord[] | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  useFocusReturn(importing, () => dialog.current?.querySelector<HTMLElement>('[data-action="import"]'));

  const refresh = useCallback(() => store.list().then(setDrafts, () => setMessage({ kind: 'error', text: '无法读取草稿列表。' })), [store]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const copy = async (record: DraftRecord) => {
    await store.create(structuredClone(record.report), `${draftName(record)}（副本）`);
    setMessage({ kind: 'info', text: `已复制“${draftName(record)}”。` });
    await refresh();
  };
  const remove = async (record: DraftRecord) => {
    if (!window.confirm(`删除草稿“${draftName(record)}”？删除后无法恢复（已保存的文件不受影响）。`)) return;
    await store.remove(record.id);
    if (record.id === currentId) onCurrentRemoved();
    setMessage({ kind: 'info', text: `已删除“${draftName(record)}”。` });
    await refresh();
  };
  const rename = async (record: DraftRecord, name: string) => {
    const trimmed = name.trim();
    setRenaming(null);
    if (trimmed === '' || trimmed === draftName(record)) return;
    await store.rename(record.id, trimmed);
    await refresh();
  };

  return (
    <dialog ref={dialog} className="drafts-dialog" aria-labelledby="drafts-heading" onClose={onClose} onCancel={onClose}>
      <div className="dialog-head">
        <h2 id="drafts-heading">草稿与文件</h2>
        <button type="button" onClick={onClose} data-action="close-drafts">关闭</button>
      </div>
      {message && (
        <p className={message.kind === 'error' ? 'message message-error' : 'message'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {importing ? (
        <ImportHost onAccept={(report) => onCreate(report)} onCancel={() => setImporting(false)} />
      ) : (
        <>
          <div className="dialog-actions">
            <button type="button" data-action="new" onClick={() => onCreate(emptyReport({ year: defaultReportYear(), agency: '' }))}>
              新建空白报告
            </button>
            <button type="button" data-action="example" onClick={() => onCreate(exampleReport(), '示例报告（虚构机关）')}>
              打开示例报告
            </button>
            <OpenFileButton onOpened={(report) => onCreate(report)} onError={(text) => setMessage({ kind: 'error', text })} />
            <button type="button" data-action="import" onClick={() => setImporting(true)}>导入已发布的报告（Word、网页、文本、PDF）</button>
            <a className="link-button" href="#review" data-action="review-page">审查多份报告（审查人员用）</a>
          </div>
          <DraftsLocationNote />
          <table className="drafts-table">
            <caption>保存在本浏览器中的草稿（最近修改的在前）</caption>
            <thead>
              <tr><th scope="col">名称</th><th scope="col">年度</th><th scope="col">最后修改</th><th scope="col">操作</th></tr>
            </thead>
            <tbody>
              {drafts === null && <tr><td colSpan={4}>正在读取……</td></tr>}
              {drafts?.map((record) => (
                <tr key={record.id} data-draft={record.id} aria-current={record.id === currentId ? 'true' : undefined}>
                  <th scope="row">
                    {renaming === record.id ? (
                      <RenameField record={record} onDone={(name) => void rename(record, name)} onCancel={() => setRenaming(null)} />
                    ) : (
                      <>
                        {isExampleDraft(record) && <span className="tag tag-example" data-example-tag>示例</span>}
                        {draftName(record)}
                        {record.id === currentId && <span className="tag">正在编辑</span>}
                      </>
                    )}
                  </th>
                  <td>{record.report.meta.year}</td>
                  <td>{formatSavedAt(record.updatedAt)}</td>
                  <td className="row-actions">
                    <button type="button" onClick={() => onOpen(record)} disabled={record.id === currentId}>打开</button>
                    <button type="button" onClick={() => void copy(record)}>复制</button>
                    <button type="button" onClick={() => setRenaming(record.id)}>重命名</button>
                    <button type="button" onClick={() => downloadReport(record.report)}>保存为文件</button>
                    <button type="button" onClick={() => onCreate(nextYearReport(record.report))}>
                      基于此报告新建{record.report.meta.year + 1}年度
                    </button>
                    <button type="button" className="danger" onClick={() => void remove(record)}>删除</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <DamagedDrafts store={store} />
        </>
      )}
    </dialog>
  );
}

function RenameField({ record, onDone, onCancel }: { record: DraftRecord; onDone: (name: string) => void; onCancel: () => void }) {
  const [value, setValue] = useState(draftName(record));
  return (
    <form
      className="rename"
      onSubmit={(event) => {
        event.preventDefault();
        onDone(value);
      }}
    >
      <label>
        <span className="visually-hidden">新名称</span>
        <input
          autoFocus
          value={value}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              event.stopPropagation();
              onCancel();
            }
          }}
        />
      </label>
      <button type="submit">确定</button>
      <button type="button" onClick={onCancel}>取消</button>
    </form>
  );
}
