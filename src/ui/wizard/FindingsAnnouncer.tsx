import { useEffect, useRef, useState } from 'react';
import type { Finding } from '../../model/finding.ts';
import { describeFindingsChange } from './findingsChange.ts';
import { useReportFindings } from './useReportFindings.ts';

// The clerk has paused when the findings stayed the same this long: one announcement per pause.
export const announcePauseMs = 1000;

/**
 * The one polite live region for the checks: after a pause, says what changed since last time (see
 * describeFindingsChange), or nothing. The findings panel itself is not a live region.
 */
export function FindingsAnnouncer() {
  const { findings } = useReportFindings();
  const told = useRef<readonly Finding[] | null>(null);
  const [message, setMessage] = useState('');
  // Only what the clerk's own typing changed is news: until the next edit, the checks of the opened draft
  // (they arrive in steps while it loads) are taken as they are.
  const edited = useRef(false);
  useEffect(() => {
    const mark = () => {
      edited.current = true;
    };
    document.addEventListener('input', mark, true);
    return () => document.removeEventListener('input', mark, true);
  }, []);
  useEffect(() => {
    const timer = setTimeout(() => {
      const change = told.current === null || !edited.current ? null : describeFindingsChange(told.current, findings);
      told.current = findings;
      edited.current = false;
      if (change !== null) setMessage(change);
    }, announcePauseMs);
    return () => clearTimeout(timer);
  }, [findings]);
  return (
    <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-announcer="findings">
      {message}
    </p>
  );
}
