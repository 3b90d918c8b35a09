import { startTransition, useEffect, useState } from 'react';
import type { Finding } from '../../model/finding.ts';
import { useFindingsStore } from '../findings/FindingsContext.tsx';
import type { Progress } from './progressStore.ts';
import { useWizard } from './WizardContext.tsx';
import { withoutPrematureFindings } from './sentenceInProgress.ts';

// Panels, badges and progress wait for this much quiet after the last change; the edited cell itself never
// waits. A debounce, not a throttle: under steady typing (a key every 100 ms) a panel update every 120 ms
// landed on the next keystroke; now the panels catch up in the clerk's first pause.
const panelDelayMs = 300;

type Snapshot = { readonly findings: readonly Finding[]; readonly progress: Progress };

/**
 * Every current finding (errors first) and the progress. Updates are batched off the keystroke path and
 * rendered as a transition, so a long findings list never delays typing in a cell.
 */
export function useReportFindings(): Snapshot {
  const findingsStore = useFindingsStore();
  const { progress } = useWizard();
  const read = (): Snapshot => ({ findings: withoutPrematureFindings(findingsStore.getAll()), progress: progress.get() });
  const [snapshot, setSnapshot] = useState(read);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        startTransition(() => setSnapshot(read()));
      }, panelDelayMs);
    };
    const unsubscribeFindings = findingsStore.subscribeAll(schedule);
    const unsubscribeProgress = progress.subscribe(schedule);
    schedule();
    // A part's 内容过短 held back while its first sentence was typed shows once the clerk leaves the field.
    document.addEventListener('focusout', schedule);
    return () => {
      document.removeEventListener('focusout', schedule);
      unsubscribeFindings();
      unsubscribeProgress();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [findingsStore, progress]);
  return snapshot;
}
