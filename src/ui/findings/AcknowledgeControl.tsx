import { useContext, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ReadOnlyContext } from '../drafts/ReadOnlyContext.ts';
import { useFormContext } from 'react-hook-form';
import { acknowledge, unacknowledge } from '../../model/acknowledgeEdit.ts';
import { canAcknowledge, maxReasonLength } from '../../model/acknowledgement.ts';
import type { Finding } from '../../model/finding.ts';
import type { Report } from '../../model/reportSchema.ts';
import { localToday } from '../layout/localToday.ts';

// The finding whose control takes the focus when it next renders (after 确定 or 取消核实 the list is redrawn).
let pendingFocus: string | null = null;
const focusKey = (finding: Finding, acknowledged = finding.acknowledged !== undefined): string =>
  `${acknowledged ? 'ack' : 'open'}|${finding.rule}|${finding.cells.join(',')}`;

/** Until the finding comes back, the focus waits on the finding's own button (the list item's first one). */
function holdFocus(from: HTMLElement): void {
  from.closest('li')?.querySelector<HTMLButtonElement>('button')?.focus();
}

/**
 * "标为已核实" under a 提醒: the clerk gives a short reason and the warning is kept in meta.acknowledged
 * (no longer counted, shown greyed with the reason); "取消核实" brings it back. Errors and 未填 have none.
 */
export function AcknowledgeControl({ finding }: { finding: Finding }) {
  const form = useFormContext<Report>();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState('');
  const inputId = useId();
  const button = useRef<HTMLButtonElement | null>(null);
  const returnFocus = useRef(false);
  const key = focusKey(finding);
  // Focus comes back to this finding's button when its form closes, or when it arrives acknowledged (or back
  // from 取消核实) after the checks' pause — the list item may be a new one by then — never to <body>.
  useEffect(() => {
    if (returnFocus.current || pendingFocus === key) {
      returnFocus.current = false;
      if (pendingFocus === key) pendingFocus = null;
      button.current?.focus();
    }
  });
  const readOnly = useContext(ReadOnlyContext);
  if (!canAcknowledge(finding) || readOnly) return null;

  const write = (report: Report) => {
    form.setValue('meta.acknowledged' as never, (report.meta.acknowledged ?? []) as never, { shouldDirty: true });
  };

  if (finding.acknowledged) {
    return (
      <div className="acknowledge">
        <button
          type="button"
          className="link-button"
          ref={button}
          onClick={(event) => {
            holdFocus(event.currentTarget);
            pendingFocus = focusKey(finding, false);
            write(unacknowledge(form.getValues(), finding));
          }}
        >
          取消核实
        </button>
      </div>
    );
  }
  if (!open) {
    return (
      <div className="acknowledge">
        <button type="button" className="link-button" ref={button} onClick={() => setOpen(true)}>标为已核实…</button>
      </div>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setProblem('请写一句核实的理由，例如“本局经授权有规章制定权”。');
      return;
    }
    holdFocus(event.currentTarget as HTMLElement);
    pendingFocus = focusKey(finding, true);
    write(acknowledge(form.getValues(), finding, reason, localToday()));
    setOpen(false);
    setReason('');
    setProblem('');
  };
  return (
    <form className="acknowledge" onSubmit={submit}>
      <label htmlFor={inputId}>核实理由</label>
      <input
        id={inputId}
        type="text"
        value={reason}
        maxLength={maxReasonLength}
        autoFocus
        onChange={(event) => setReason(event.target.value)}
        aria-describedby={problem ? `${inputId}-problem` : undefined}
      />
      <button type="submit">确定</button>
      <button type="button" onClick={() => {
        returnFocus.current = true;
        setOpen(false);
      }}>取消</button>
      {problem && <span id={`${inputId}-problem`} className="acknowledge-error" role="alert">{problem}</span>}
    </form>
  );
}
