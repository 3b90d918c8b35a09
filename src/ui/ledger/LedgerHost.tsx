import { lazy, Suspense, useState } from 'react';
import { downloadLedgerTemplate } from './downloadLedgerTemplate.ts';
import { ProvenanceTip } from './ProvenanceTip.tsx';
import './ledger.css';

const LedgerPanel = lazy(() => import('./LedgerPanel.tsx').then((module) => ({ default: module.LedgerPanel })));

/** Table 三's ledger tools: template downloads, 从台账计数 (loaded on first use), and where counted cells come from. */
export function LedgerHost() {
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [failure, setFailure] = useState('');
  const download = (kind: 'xlsx' | 'csv') => {
    setFailure('');
    downloadLedgerTemplate(kind).catch(() => setFailure('台账模板生成失败，请重试。'));
  };
  return (
    <div className="ledger-host">
      <div className="ledger-bar">
        <button type="button" data-action="ledger-open" aria-expanded={open} onClick={() => { setOpen(!open); setMessage(''); }}>
          {open ? '收起台账计数' : '从台账计数表三…'}
        </button>
        <button type="button" data-action="ledger-template-xlsx" onClick={() => download('xlsx')}>下载台账模板（.xlsx）</button>
        <button type="button" data-action="ledger-template-csv" onClick={() => download('csv')}>下载台账模板（.csv）</button>
      </div>
      {failure !== '' && <p className="ledger-error" role="alert">{failure}</p>}
      {message !== '' && <p className="ledger-message" role="status">{message}</p>}
      {open && (
        <Suspense fallback={<p role="status">正在载入……</p>}>
          <LedgerPanel onDone={(text) => { setMessage(text); setOpen(false); }} />
        </Suspense>
      )}
      <ProvenanceTip />
    </div>
  );
}
