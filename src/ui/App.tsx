import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { emptyReport } from '../model/emptyReport.ts';
import { defaultReportYear } from '../model/reportYear.ts';
import type { Report } from '../model/reportSchema.ts';
import { rememberCurrentDraft } from '../storage/currentDraft.ts';
import type { DraftRecord, DraftStore } from '../storage/draftStore.ts';
import { DraftSession } from './drafts/DraftSession.tsx';
import type { StartNotices } from '../storage/startNotices.ts';
import { createMemoryDraftStore } from '../storage/memoryDraftStore.ts';
import { useDraftSwitching } from './drafts/useDraftSwitching.ts';
import { WelcomeBanner } from './drafts/WelcomeBanner.tsx';
import { Wizard } from './wizard/Wizard.tsx';
import { useFocusReturn } from './layout/useFocusReturn.ts';

// The drafts list (with the example, import and next-year code) loads when first opened, not with the app.
const DraftsDialog = lazy(() => import('./drafts/DraftsDialog.tsx').then((module) => ({ default: module.DraftsDialog })));

type Ready = { readonly store: DraftStore; readonly draft: DraftRecord; readonly firstRun: boolean; readonly notices?: StartNotices | undefined };

const newEmptyReport = (): Report => emptyReport({ year: defaultReportYear(), agency: '' });

async function openStore(): Promise<DraftStore> {
  try {
    const { openIndexedDbDraftStore } = await import('../storage/indexedDbDraftStore.ts');
    return await openIndexedDbDraftStore();
  } catch {
    return createMemoryDraftStore();
  }
}

// StrictMode runs effects twice in development: start once per store, or a first run creates two drafts.
const startups = new WeakMap<object, Promise<Ready>>();
const browserStore = {};

function start(givenStore: DraftStore | undefined): Promise<Ready> {
  const key = givenStore ?? browserStore;
  let startup = startups.get(key);
  if (!startup) {
    startup = (async () => {
      const store = givenStore ?? (await openStore());
      // Restoring backups and checking stored drafts load with the start, not in the first script.
      const { startingDraft } = await import('../storage/startingDraft.ts');
      return { store, ...(await startingDraft(store, newEmptyReport)) };
    })();
    startups.set(key, startup);
  }
  return startup;
}

/** The app: finds or creates the draft to work on, and switches drafts for the drafts list. */
export function App({ store: givenStore }: { store?: DraftStore } = {}) {
  const [ready, setReady] = useState<Ready | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [draftsOpen, setDraftsOpen] = useState(false);
  const [bannerOpen, setBannerOpen] = useState(true);
  // Closing 草稿与文件 (关闭, Esc, or opening a draft from it) puts the keyboard back on its button.
  useFocusReturn(draftsOpen, () => document.querySelector<HTMLElement>('[data-action="drafts"]'));

  useEffect(() => {
    let cancelled = false;
    start(givenStore).then((started) => {
      if (cancelled) return;
      rememberCurrentDraft(started.draft.id);
      setReady(started);
    }).catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
    return () => {
      cancelled = true;
    };
  }, [givenStore]);

  const show = useCallback((draft: DraftRecord) => {
    setReady((current) => (current ? { ...current, draft, notices: undefined } : current));
  }, []);
  const closeDrafts = useCallback(() => setDraftsOpen(false), []);
  const closeBanner = useCallback(() => setBannerOpen(false), []);
  const { flush, switchTo, openDraft, createDraft, currentRemoved, leaveExample } = useDraftSwitching(ready, show, closeDrafts, closeBanner, newEmptyReport);

  const showDrafts = useCallback(async () => {
    await flush.flush();
    setDraftsOpen(true);
  }, [flush]);

  if (failure) return <p role="alert">无法启动编写助手：{failure}</p>;
  if (!ready) return <p role="status" className="loading">正在打开草稿……</p>;

  return (
    <>
      <DraftSession
        key={ready.draft.id}
        draft={ready.draft}
        store={ready.store}
        flush={flush}
        notices={ready.notices}
        onShowDrafts={() => void showDrafts()}
        onOpen={switchTo}
        render={(draft) => (
      <Wizard
        draft={draft}
        store={ready.store}
        flush={flush}
        onShowDrafts={() => void showDrafts()}
        onLeaveExample={() => void leaveExample()}
        banner={
          ready.firstRun && bannerOpen ? (
            <WelcomeBanner
              year={ready.draft.report.meta.year}
              onCreate={(report, name) => void createDraft(report, name)}
              onClose={() => setBannerOpen(false)}
            />
          ) : undefined
        }
      />
        )}
      />
      {draftsOpen && (
        <Suspense fallback={<p role="status" className="loading">正在打开草稿列表……</p>}>
          <DraftsDialog
            store={ready.store}
            currentId={ready.draft.id}
            onOpen={(record) => void openDraft(record)}
            onCreate={(report, name) => void createDraft(report, name)}
            onCurrentRemoved={() => void currentRemoved()}
            onClose={() => setDraftsOpen(false)}
          />
        </Suspense>
      )}
    </>
  );
}
