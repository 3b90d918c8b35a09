import { lazy, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import type { Report } from '../../model/reportSchema.ts';
import { onDraftConflict } from './draftEvents.ts';
import { DraftErrorBoundary } from './DraftErrorBoundary.tsx';

// What is shown only now and then (another tab, a conflict, notices after a start) loads when needed.
const DraftBanners = lazy(() => import('./DraftBanners.tsx').then((module) => ({ default: module.DraftBanners })));
const DraftNotices = lazy(() => import('./DraftNotices.tsx').then((module) => ({ default: module.DraftNotices })));
import { draftName } from '../../storage/draftName.ts';
import type { DraftRecord, DraftStore } from '../../storage/draftStore.ts';
import { createEditorLease, type EditorLease, type LeaseRole, type ViewerReason } from '../../storage/editorLease.ts';
import { hasNotices, type StartNotices } from '../../storage/startNotices.ts';
import { forgetWaiting } from '../../storage/unloadBackup.ts';
import type { DraftFlush } from './draftFlush.ts';
import './drafts.css';
import { ReadOnlyContext } from './ReadOnlyContext.ts';

type Props = {
  readonly draft: DraftRecord;
  readonly store: DraftStore;
  /** The wizard's save of what it holds (set by the wizard). */
  readonly flush: DraftFlush;
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
 * the page. Read-only means viewing: every step can be opened and read, nothing can be typed, so nothing is written.
 */
export function DraftSession({ draft, store, flush, notices, onShowDrafts, onOpen, render }: Props) {
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
      onRole: (role, reason) => {
        if (role === 'viewer') forgetWaiting(draft.id);
        setLease(reason ? { role, reason } : { role });
      },
      beforeRelease: async () => {
        await flush.flush();
      },
    });
    setHandle(created);
    return () => created.close();
  }, [draft.id, store, flush]);

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
      {notices && hasNotices(notices) && (
        <Suspense fallback={null}>
          <DraftNotices notices={notices} />
        </Suspense>
      )}
      {(lease.role === 'viewer' || conflict) && (
        <Suspense fallback={<p role="status" className="draft-lock">此草稿正在另一个标签页中编辑或已被另一个标签页更新，这里暂时只能查看。</p>}>
          <DraftBanners
            viewer={lease.role === 'viewer' ? (lease.reason ?? 'other-tab') : null}
            conflict={conflict}
            busy={busy}
            onTakeOver={() => void takeOver()}
            onShowDrafts={onShowDrafts}
            onKeepAsNew={() => void keepAsNew()}
            onLoadNewer={() => void reload()}
          />
        </Suspense>
      )}
      <DraftErrorBoundary draftId={draft.id} store={store} onShowDrafts={onShowDrafts}>
        <div key={generation} className="draft-session" data-read-only={readOnly ? 'true' : undefined}>
          <ReadOnlyContext.Provider value={readOnly}>{render(shown)}</ReadOnlyContext.Provider>
        </div>
      </DraftErrorBoundary>
    </>
  );
}
