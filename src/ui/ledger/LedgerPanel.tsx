import { useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { LedgerLimitError } from '../../import/ledger/ledgerLimits.ts';
import { readLedgerText } from '../../import/ledger/readLedgerText.ts';
import { countLedger } from '../../model/ledger/countLedger.ts';
import { keepLedger } from '../../model/ledger/keepLedger.ts';
import type { ColumnMapping, LedgerSheet } from '../../model/ledger/ledgerSheet.ts';
import { mapHeaders, matchColumns, missingRoles, headerOf } from '../../model/ledger/matchColumns.ts';
import { problemLine } from '../../model/ledger/ledgerProblem.ts';
import { cellText } from '../../model/ledger/ledgerText.ts';
import type { Report } from '../../model/reportSchema.ts';
import { readFileBytes } from '../import/readFileBytes.ts';
import { applyLedgerToForm, ledgerChanges } from './applyLedgerToForm.ts';
import { ColumnMappingEditor } from './ColumnMappingEditor.tsx';
import { CountPreview } from './CountPreview.tsx';
import { LedgerWarnings } from './LedgerWarnings.tsx';
import { readLedgerOffThread } from './readLedgerOffThread.ts';
import { localToday } from '../layout/localToday.ts';

type Source = { readonly fileName: string; readonly sheet: LedgerSheet; readonly headerRow: number; readonly mapping: ColumnMapping; readonly note?: string };

function sourceOf(fileName: string, sheet: LedgerSheet): Source {
  const matched = matchColumns(sheet);
  if (matched.ok) return { fileName, sheet, headerRow: matched.headerRow + 1, mapping: matched.mapping };
  const first = Math.max(0, sheet.findIndex((row) => row.some((cell) => cellText(cell) !== '')));
  return { fileName, sheet, headerRow: first + 1, mapping: mapHeaders((sheet[first] ?? []).map(cellText)), note: matched.error };
}

/** 从台账计数: read a ledger, check the columns, preview the counted table 三, apply it as one undo step. */
export function LedgerPanel({ onDone }: { readonly onDone: (message: string) => void }) {
  const form = useFormContext<Report>();
  const [source, setSource] = useState<Source | undefined>();
  const [error, setError] = useState('');
  const [pasted, setPasted] = useState('');
  const [busy, setBusy] = useState(false);
  const year = form.getValues('meta.year');

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError('');
    try {
      const read = await readLedgerOffThread(file.name, await readFileBytes(file));
      if (read.ok) setSource(sourceOf(file.name, read.sheet));
      else setError(`${file.name}：${read.error}`);
    } catch {
      setError(`${file.name}：读取文件失败，请重新选择。`);
    } finally {
      setBusy(false);
    }
  };

  const readPasted = () => {
    let sheet: LedgerSheet;
    try {
      sheet = readLedgerText(pasted);
    } catch (failure) {
      if (!(failure instanceof LedgerLimitError)) throw failure;
      setError(failure.message);
      return;
    }
    if (sheet.every((row) => row.every((cell) => cell === null))) setError('没有粘贴任何内容：请在 Excel 或 WPS 中连同标题行选中台账，复制后粘贴到这里。');
    else {
      setError('');
      setSource(sourceOf('粘贴的台账', sheet));
    }
  };

  const missing = source ? missingRoles(source.mapping) : [];
  const count = useMemo(
    () => (source && missing.length === 0 ? countLedger(source.sheet, { year, mapping: source.mapping, headerRow: source.headerRow }) : undefined),
    [source, missing.length, year],
  );
  const report = form.getValues();
  const changes = count?.ok ? ledgerChanges(report, count).length : 0;

  const apply = () => {
    if (!source || !count?.ok) return;
    const changed = applyLedgerToForm(form, count);
    // Kept with the draft (saved, reopened) until the clerk counts again or detaches it.
    form.setValue('meta.ledger', keepLedger(source.fileName, source.sheet, count, localToday()), { shouldDirty: true });
    onDone(`已按台账“${source.fileName}”填入表三：${changed} 格有变化，计入 ${count.counted.length} 行${count.problems.length > 0 ? `，${count.problems.length} 处问题见表格上方“台账计数”` : ''}。可用“撤销”或 Ctrl+Z 撤回。`);
  };

  return (
    <section className="ledger-panel" aria-labelledby="ledger-panel-heading">
      <h3 id="ledger-panel-heading" tabIndex={-1}>从台账计数表三（{year} 年度）</h3>
      <p>选择依申请公开台账（.xlsx，或 UTF-8 / GB18030 编码的 .csv），或把 Excel、WPS 中连同标题行选中的台账粘贴到下面。每一行是一件申请。</p>
      <div className="ledger-choices">
        <label className="ledger-file">
          选择台账文件
          <input type="file" accept=".xlsx,.csv,.txt" data-action="ledger-file" disabled={busy} onChange={(event) => void openFile(event.currentTarget.files?.[0])} />
        </label>
      </div>
      <label className="ledger-paste">
        或粘贴台账（含标题行）
        <textarea rows={4} value={pasted} data-action="ledger-paste" onChange={(event) => setPasted(event.currentTarget.value)} />
      </label>
      <button type="button" onClick={readPasted} disabled={pasted.trim() === ''} data-action="ledger-read-paste">读取粘贴的台账</button>
      {busy && <p role="status">正在读取……</p>}
      {error !== '' && <p className="ledger-error" role="alert">{error}</p>}
      {source && (
        <>
          <p>“{source.fileName}”：第 {source.headerRow} 行是列标题。</p>
          {source.note && missing.length > 0 && <p className="ledger-error" role="alert">{source.note}</p>}
          <ColumnMappingEditor
            headers={(source.sheet[source.headerRow - 1] ?? []).map(cellText)}
            mapping={source.mapping}
            onChange={(mapping) => setSource({ ...source, mapping })}
          />
          {missing.length > 0 && (
            <p className="ledger-error">请为{missing.map((role) => `“${headerOf(role)}”`).join('、')}选择台账中的列，才能计数。</p>
          )}
        </>
      )}
      {count?.ok && (
        <>
          <p role="status" data-ledger-summary="">
            共 {count.lines} 行：计入 {count.counted.length} 行{count.problems.length > 0 ? `，${count.problems.length} 处问题（见下方，未计入的行不会被猜测）` : '，全部计入'}；表三将有 {changes} 格变化。
          </p>
          <CountPreview cells={count.cells} report={report} />
          {count.problems.length > 0 && (
            <div className="ledger-problems">
              <h4>不能计入或需要核对的行</h4>
              <ul>{count.problems.map((problem, index) => <li key={index} data-row={problem.row}>{problemLine(problem)}</li>)}</ul>
            </div>
          )}
          <LedgerWarnings count={count} report={report} />
          <div className="ledger-actions">
            <button type="button" onClick={apply} data-action="ledger-apply">填入表三（{changes} 格有变化）</button>
          </div>
        </>
      )}
    </section>
  );
}
