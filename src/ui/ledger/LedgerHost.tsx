import { lazy, Suspense, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { Report } from '../../model/reportSchema.ts';
import { statusBox } from '../grid/editHistories.ts';
import { downloadLedgerTemplate } from './downloadLedgerTemplate.ts';
import { KeptLedgerSummary } from './KeptLedgerSummary.tsx';
import { ProvenanceTip } from './ProvenanceTip.tsx';
import './ledger.css';

const LedgerPanel = lazy(() => import('./LedgerPanel.tsx').then((module) => ({ default: module.LedgerPanel })));

/** Table 三's ledger tools: template downloads, 从台账计数 (loaded on first use), and where counted cells come from. */
export function LedgerHost() {
  const form = useFormContext<Report>();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState('');
  // What the fill did is said in table 三's own status line, where an undo or paste also speaks: one line, the latest.
  const status = statusBox(form.control, 'requests');
  const download = (kind: 'xlsx' | 'csv') => {
    setFailure('');
    downloadLedgerTemplate(kind).catch(() => setFailure('台账模板生成失败，请重试。'));
  };
  return (
    <div className="ledger-host">
      <div className="ledger-bar">
        <button type="button" data-action="ledger-open" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? '收起台账计数' : '从台账计数表三…'}
        </button>
        <button type="button" data-action="ledger-template-xlsx" onClick={() => download('xlsx')}>下载台账模板（.xlsx）</button>
        <button type="button" data-action="ledger-template-csv" onClick={() => download('csv')}>下载台账模板（.csv）</button>
      </div>
      {failure !== '' && <p className="ledger-error" role="alert">{failure}</p>}
      {!open && <KeptLedgerSummary onRecount={() => setOpen(true)} />}
      {open && (
        <Suspense fallback={<p role="status">正在载入……</p>}>
          <LedgerPanel onDone={(text) => { status.set({ kind: 'info', text }); setOpen(false); }} />
        </Suspense>
      )}
      <ProvenanceTip />
    </div>
  );
}
