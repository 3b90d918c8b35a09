import { useFormContext, useWatch } from 'react-hook-form';
import type { KeptLedger } from '../../model/ledger/keptLedgerSchema.ts';
import { problemLine } from '../../model/ledger/ledgerProblem.ts';
import type { Report } from '../../model/reportSchema.ts';

/**
 * The ledger count kept with the draft (meta.ledger): which file, when, how many lines, and every line that
 * could not be counted or was answered late — shown until the clerk counts again or detaches it.
 */
export function KeptLedgerSummary({ onRecount }: { readonly onRecount: () => void }) {
  const form = useFormContext<Report>();
  const kept = useWatch<Report, 'meta.ledger'>({ name: 'meta.ledger' }) as KeptLedger | undefined;
  if (!kept) return null;
  const notCounted = kept.lines - kept.countedLines;
  return (
    <section className="ledger-kept" aria-labelledby="ledger-kept-heading" data-ledger-kept="">
      <h4 id="ledger-kept-heading">台账计数</h4>
      <p>
        表三按台账“{kept.fileName}”计数（{kept.countedOn}，{kept.year} 年度）：共 {kept.lines} 行，计入 {kept.countedLines} 行
        {notCounted > 0 ? `，${notCounted} 行未计入` : ''}{kept.problems.length > 0 ? `；${kept.problems.length} 处问题如下` : '，没有问题'}。
      </p>
      {kept.problems.length > 0 && (
        <div className="ledger-problems">
          <h5>不能计入或需要核对的行</h5>
          <ul>{kept.problems.map((problem, index) => <li key={index} data-row={problem.row}>{problemLine(problem)}</li>)}</ul>
        </div>
      )}
      {kept.late.length > 0 && (
        <div className="ledger-problems">
          <h5>超过答复期限的行</h5>
          <ul>{kept.late.map((late) => <li key={late.row} data-deadline-row={late.row}>{late.message}</li>)}</ul>
        </div>
      )}
      <div className="ledger-actions">
        <button type="button" data-action="ledger-recount" onClick={onRecount}>重新计数…</button>
        <button type="button" data-action="ledger-detach-all" onClick={() => form.setValue('meta.ledger', undefined, { shouldDirty: true })}>
          不再关联台账
        </button>
      </div>
    </section>
  );
}
