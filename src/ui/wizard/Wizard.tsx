import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, type DefaultValues } from 'react-hook-form';
import type { FindingPlace } from '../../model/finding.ts';
import type { Report } from '../../model/reportSchema.ts';
import { createFindingsStoreWith } from '../findings/findingsStoreCore.ts';
import { lazyTextChecks, loadTextChecks } from '../findings/lazyTextChecks.ts';
import { FindingsProvider } from '../findings/FindingsContext.tsx';
import type { DraftRecord, DraftStore } from '../../storage/draftStore.ts';
import { downloadReport } from '../drafts/reportFile.ts';
import { createSaveStatusStore } from '../drafts/saveStatus.ts';
import { useAutosave } from '../drafts/useAutosave.ts';
import { FindingsPanel } from './FindingsPanel.tsx';
import { focusWhenReady } from './focusTarget.ts';
import { ProgressBar } from './ProgressBar.tsx';
import { SaveStatusLine } from './SaveStatusLine.tsx';
import { StepContent } from './StepContent.tsx';
import { StepNav } from './StepNav.tsx';
import { stepOfFinding, steps, type StepId } from './steps.ts';
import { createPauseScheduler } from './pauseScheduler.ts';
import { createProgressStore } from './progressStore.ts';
import { flushPendingEdits } from '../typing/pendingEdits.ts';
import { WizardContext, type WizardServices } from './WizardContext.tsx';
import { useHeightVariable } from '../layout/useHeightVariable.ts';
import { isExampleDraft } from '../example/exampleIdentity.ts';
import { ExampleNotice } from './ExampleNotice.tsx';
import { OpenDraftName } from './OpenDraftName.tsx';
import { SkipLink } from '../layout/SkipLink.tsx';
import { recalledStep, rememberStep } from '../../storage/stepMemory.ts';
import { claimFocusReturn } from '../layout/useFocusReturn.ts';
import { FindingsAnnouncer } from './FindingsAnnouncer.tsx';
import type { FullChecks } from '../findings/followForm.ts';
import { ReadOnlyContext } from '../drafts/ReadOnlyContext.ts';
import { AboutApp } from '../AboutApp.tsx';
import type { DraftFlush } from '../drafts/draftFlush.ts';

// The full check (text, meta, across tables) waits for a pause; each cell checks itself live, so after a
// cell edit only the cross-part checks are pending and a longer pause is fine. The findings store runs it
// itself (followForm); the progress count (已填/未填) follows the same pauses here.
const textPauseMs = 150;
const cellPauseMs = 500;

type Props = {
  readonly draft: DraftRecord;
  readonly store: DraftStore;
  /** Opens the drafts list (open, copy, rename, delete, files, import). */
  readonly onShowDrafts: () => void;
  /** Lets the app save the open draft before it lists, copies or switches drafts. */
  /** Where the wizard registers its save, for a draft switch (the draft-session controller's). */
  readonly flush?: DraftFlush;
  readonly banner?: React.ReactNode;
  /** From the example back to the clerk's own report. */
  readonly onLeaveExample?: () => void;
};

/** One report being written: the form, the live checks, autosave and the steps. */
export function Wizard({ draft, store, onShowDrafts, flush, banner, onLeaveExample }: Props) {
  const form = useForm<Report>({ defaultValues: draft.report as DefaultValues<Report> });
  const [findingsStore] = useState(() => createFindingsStoreWith(lazyTextChecks));
  const [progress] = useState(createProgressStore);
  const [saveStatus] = useState(createSaveStatusStore);
  const [step, setStep] = useState<StepId>(() => recalledStep(draft.id, steps.map((candidate) => candidate.id), 'basics'));
  const readOnly = useContext(ReadOnlyContext);
  const [example] = useState(() => isExampleDraft(draft));
  const heading = useRef<HTMLHeadingElement | null>(null);
  const header = useRef<HTMLElement | null>(null);
  useHeightVariable(header, '--sticky-top');
  const pendingFocus = useRef<string | null>(null);
  const openedByClerk = useRef(false);
  const flushDraft = useAutosave(form, draft.id, store, saveStatus);

  useEffect(() => flush?.register(flushDraft), [flush, flushDraft]);

  // The text checks arrive in their own chunk just after the first paint; then everything is checked again.
  const [fullChecks] = useState<FullChecks>(() => ({ textPauseMs, cellPauseMs, recheckWhen: loadTextChecks }));
  useEffect(() => {
    const recount = () => progress.recompute(form.getValues());
    recount();
    const pause = createPauseScheduler(recount);
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ name }) => pause.request(name?.startsWith('tables.') ? cellPauseMs : textPauseMs),
    });
    return () => {
      unsubscribe();
      pause.cancel();
    };
  }, [form, progress]);

  const showFinding = useCallback((finding: FindingPlace) => {
    // The cell to fix: the one the failing sums point at, else the finding's own cell.
    const target = finding.suspect?.cell ?? finding.cells[0];
    pendingFocus.current = target ?? null;
    setStep(stepOfFinding(finding));
    if (target) focusWhenReady(target);
  }, []);
  const services = useMemo<WizardServices>(() => ({ progress, showFinding }), [progress, showFinding]);

  const openStep = (next: StepId) => {
    pendingFocus.current = null;
    openedByClerk.current = true;
    if (next === step) heading.current?.focus();
    else setStep(next);
  };
  // A step opened from the nav puts the keyboard at its heading; one opened from a finding, at the field.
  // Just after 草稿与文件 closed (a draft opened from it), the focus goes back to its button instead —
  // unless the clerk opened a step since.
  useEffect(() => {
    const byClerk = openedByClerk.current;
    openedByClerk.current = false;
    if (pendingFocus.current === null && (byClerk || !claimFocusReturn())) heading.current?.focus();
    pendingFocus.current = null;
    rememberStep(draft.id, step);
  }, [step, draft.id]);

  const index = steps.findIndex((candidate) => candidate.id === step);
  const previous = steps[index - 1];
  const next = steps[index + 1];
  const current = steps[index];

  return (
    <FormProvider {...form}>
      <FindingsProvider store={findingsStore} fullChecks={fullChecks}>
        <WizardContext.Provider value={services}>
          <div className="app">
            <header className="app-header" ref={header}>
              <SkipLink target="findings-heading">跳到检查结果</SkipLink>
              <div className="app-title">
                <h1>政府信息公开工作年度报告编写助手</h1>
                <div className="app-subtitle">
                  <OpenDraftName name={draft.name} example={example} />
                  <SaveStatusLine status={saveStatus} persistent={store.kind === 'indexeddb'} />
                </div>
              </div>
              <ProgressBar />
              <div className="app-actions">
                <button type="button" onClick={onShowDrafts} data-action="drafts">草稿与文件</button>
                <button type="button" onClick={() => {
                  flushPendingEdits();
                  downloadReport(structuredClone(form.getValues()));
                }} data-action="save-file">
                  保存为文件
                </button>
                <AboutApp />
              </div>
            </header>
            {banner && <div className={step === 'basics' ? 'banner-slot' : 'banner-slot banner-compact'}>{banner}</div>}
            {example && <ExampleNotice onLeave={onLeaveExample} />}
            <div className="workspace">
              <StepNav current={step} onSelect={openStep} />
              <main className="step" aria-labelledby="step-heading">
                <h2 id="step-heading" tabIndex={-1} ref={heading}>{current?.label}</h2>
                {/* A tab that only views the draft browses every step; the step's controls are disabled. */}
                <fieldset className="step-fieldset" disabled={readOnly}>
                  <StepContent key={step} step={step} />
                </fieldset>
                <nav className="step-pager" aria-label="上一步和下一步">
                  {previous && <button type="button" onClick={() => openStep(previous.id)}>上一步：{previous.label}</button>}
                  {next && <button type="button" className="primary" onClick={() => openStep(next.id)}>下一步：{next.label}</button>}
                </nav>
              </main>
              <aside className="findings-aside">
                <FindingsPanel />
                <FindingsAnnouncer />
              </aside>
            </div>
          </div>
        </WizardContext.Provider>
      </FindingsProvider>
    </FormProvider>
  );
}
