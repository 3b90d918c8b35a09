import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { Report } from '../../model/reportSchema.ts';
import { onDraftConflict } from './draftEvents.ts';
import { DraftErrorBoundary } from './DraftErrorBoundary.tsx';
import { draftName } from './draftName.ts';
import { DraftNotices } from './DraftNotices.tsx';
import type { DraftRecord, DraftStore } from './draftStore.ts';
import { createEditorLease, type EditorLease, type LeaseRole, type ViewerReason } from './editorLease.ts';
import { downloadReport } from './reportFile.ts';
import type { StartNotices } from './startingDraft.ts';
import './drafts.css';

type Props = {
  readonly draft: DraftRecord;
  readonly store: DraftStore;
  /** The wizard's save of what it holds (set by the wizard). */
  readonly flushRef: React.RefObject<(() => Promise<void>) | null>;
  readonly notices?: StartNotices | undefined;
  readonly onShowDrafts: () => void;
  /** Opens another draft (the edits of this tab kept as a new draft after a conflict). */
  readonly onOpen: (record: DraftRecord) => void;
  readonly render: (draft: DraftRecord) => ReactNode;
};

type Lease = { readonly role: LeaseRole; readonly reason?: ViewerReason };

/**
 * One open draft in this tab: decides whether this tab edits it or only shows it (another tab edits it),
 * handles a save refused because another tab stored newer work, and keeps a failing wizard from blanking
 * the page. Read-only means inert: nothing can be typed, so nothing is written.
 */
export function DraftSession({ draft, store, flushRef, notices, onShowDrafts, onOpen, render }: Props) {
  const [shown, setShown] = useState(draft);
  const [generation, setGeneration] = useState(0);
  const [lease, setLease] = useState<Lease>({ role: store.kind === 'memory' ? 'editor' : 'pending' });
  const [handle, setHandle] = useState<EditorLease | null>(null);
  const [conflict, setConflict] = useState<Report | null>(null);
  const [busy, setBusy] = useState(false);

  // The newest stored draft replaces what this tab shows (the wizard mounts again with it).
  const reload = useCallback(async () => {
    const fresh = await store.get(draft.id);
    if (fresh) setShown(fresh);
    setConflict(null);
    setGeneration((count) => count + 1);
  }, [store, draft.id]);

  useEffect(() => {
    if (store.kind === 'memory') return undefined;
    const created = createEditorLease(draft.id, {
      onRole: (role, reason) => setLease(reason ? { role, reason } : { role }),
      beforeRelease: async () => {
        await flushRef.current?.();
      },
    });
    setHandle(created);
    return () => created.close();
  }, [draft.id, store, flushRef]);

  // A draft opened from the list was not read through get(): read it now, so its writes start from its revision.
  useEffect(() => {
    if (store.knownRevision(draft.id) !== undefined) return;
    void store.get(draft.id).then((fresh) => {
      if (!fresh || fresh.revision === draft.revision) return;
      setShown(fresh);
      setGeneration((count) => count + 1);
    });
  }, [store, draft]);

  useEffect(() => onDraftConflict((event) => event.draftId === draft.id && setConflict(event.report)), [draft.id]);

  const takeOver = async () => {
    setBusy(true);
    await (handle ? handle.takeOver(reload) : reload());
    setBusy(false);
  };
  const keepAsNew = async () => {
    if (!conflict) return;
    setBusy(true);
    try {
      onOpen(await store.create(conflict, `${draftName(shown)}（本页的修改）`));
    } finally {
      setBusy(false);
    }
  };

  if (lease.role === 'pending') return <p role="status" className="loading">正在打开草稿……</p>;
  const readOnly = lease.role === 'viewer' || conflict !== null;
  return (
    <>
      {notices && <DraftNotices notices={notices} />}
      {lease.role === 'viewer' && (
        <div className="draft-lock" role="alert" data-notice="other-tab">
          <p>
            {lease.reason === 'taken-over'
              ? '此草稿已在另一个标签页中接着编辑，这里的修改都已保存。为免互相覆盖，这里现在只能查看。'
              : lease.reason === 'editor-left'
                ? '编辑此草稿的另一个标签页已关闭或换了草稿。点“在此标签页编辑”即可载入最新保存的内容接着编辑。'
                : '此草稿正在另一个标签页中编辑。为免互相覆盖，这里只能查看。'}
          </p>
          <div className="draft-actions">
            <button type="button" data-action="take-over" disabled={busy} onClick={() => void takeOver()}>
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
            <button type="button" data-action="keep-as-new" disabled={busy} onClick={() => void keepAsNew()}>把本页的内容另存为新草稿</button>
            <button type="button" data-action="save-conflict-file" onClick={() => downloadReport(conflict)}>把本页的内容保存为文件</button>
            <button type="button" data-action="load-newer" disabled={busy} onClick={() => void reload()}>载入较新的内容（放弃本页的修改）</button>
          </div>
        </div>
      )}
      <DraftErrorBoundary draftId={draft.id} store={store} onShowDrafts={onShowDrafts}>
        <div key={generation} className="draft-session" inert={readOnly} data-read-only={readOnly ? 'true' : undefined}>
          {render(shown)}
        </div>
      </DraftErrorBoundary>
    </>
  );
}
