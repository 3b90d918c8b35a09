import { useRef, useState } from 'react';
import { draftSentencesFor } from '../../model/narrative/draftSentences.ts';
import { normalizeText } from '../../model/narrative/normalizeText.ts';
import type { InsertedSentence } from '../../model/narrative/insertedSentenceSchema.ts';
import { findOutdatedDrafts, recordInserted, refreshDrafts } from '../../model/narrative/outdatedDrafts.ts';
import type { Report } from '../../model/reportSchema.ts';
import { InsertSentenceMenu } from './drafting/InsertSentenceMenu.tsx';
import { NormalizePreview } from './drafting/NormalizePreview.tsx';
import { useFieldFindings } from './drafting/useFieldFindings.ts';
import './drafting/draftingTools.css';

export type DraftingToolsProps = {
  fieldPath: string;
  value: string;
  report: () => Report;
  /** Puts text at the cursor; returns the part's whole text after it. */
  insert: (text: string) => string;
  replace: (text: string) => void;
  /** Keeps the record of inserted sentences (meta.insertedSentences) with the draft. */
  recordInserted: (records: InsertedSentence[]) => void;
};

/** What the last whole-text change replaced, so it can be taken back while the clerk has not typed since. */
type Undo = { readonly label: string; readonly before: string; readonly after: string; readonly records?: InsertedSentence[] };

/**
 * The toolbar under a narrative field: insert a sentence generated from the tables, 一键规范 with a preview,
 * refresh generated sentences the tables no longer match, and undo the last of those.
 */
export function DraftingTools({ fieldPath, value, report, insert, replace, recordInserted: record }: DraftingToolsProps) {
  const [previewing, setPreviewing] = useState(false);
  const [undo, setUndo] = useState<Undo | null>(null);
  const [status, setStatus] = useState('');
  // The control that opened the preview takes the focus back when it closes (never left on <body>).
  const normalizeButton = useRef<HTMLButtonElement | null>(null);
  // Subscribed so that a table edit elsewhere re-renders this toolbar; the outdated sentences are re-derived below.
  useFieldFindings(fieldPath);
  const current = report();
  const sentences = draftSentencesFor(fieldPath, current);
  const outdated = findOutdatedDrafts(fieldPath, value, current);
  const normalized = previewing ? normalizeText(value) : undefined;
  // Typing after the change makes the kept copy stale: undo would lose the new words.
  const canUndo = undo !== null && undo.after === value;

  const replaceAll = (label: string, next: string, done: string, records?: InsertedSentence[]) => {
    const before = current.meta.insertedSentences;
    setUndo({ label, before: value, after: next, ...(records ? { records: before ? [...before] : [] } : {}) });
    replace(next);
    if (records) record(records);
    setStatus(done);
  };

  return (
    <div className="drafting-tools" role="group" aria-label="写作辅助">
      {sentences.length > 0 && (
        <InsertSentenceMenu
          sentences={sentences}
          report={report}
          onInsert={(sentence, text) => {
            const after = insert(text);
            record(recordInserted(report(), fieldPath, sentence.id, text, after));
            setStatus(`已插入“${sentence.label}”`);
          }}
        />
      )}
      <button
        type="button"
        ref={normalizeButton}
        aria-expanded={previewing}
        onClick={() => {
          const { changes } = normalizeText(value);
          if (changes.length === 0) {
            setPreviewing(false);
            setStatus('标点、空格和日期都已规范，无需修改');
            return;
          }
          setStatus('');
          setPreviewing(!previewing);
        }}
      >
        一键规范
      </button>
      {outdated.length > 0 && (
        <button
          type="button"
          onClick={() => {
            const refreshed = refreshDrafts(fieldPath, value, report());
            replaceAll('撤销更新', refreshed.text, `已按表格更新 ${outdated.length} 处生成的句子`, refreshed.inserted);
          }}
        >
          更新生成的句子（{outdated.length} 处）
        </button>
      )}
      {canUndo && (
        <button
          type="button"
          onClick={() => {
            replace(undo.before);
            if (undo.records) record(undo.records);
            setUndo(null);
            setStatus('已恢复修改前的文字');
          }}
        >
          {undo.label}
        </button>
      )}
      {outdated.length > 0 && (
        <p className="drafting-outdated">
          表格已改动，本段有 {outdated.length} 处按表格生成的句子与表格不符（如“{outdated[0]?.sentence.label}”）。
        </p>
      )}
      {normalized && normalized.changes.length > 0 && (
        <NormalizePreview
          changes={normalized.changes}
          onApply={() => {
            normalizeButton.current?.focus();
            setPreviewing(false);
            replaceAll('撤销规范', normalized.text, `已规范 ${normalized.changes.length} 处`);
          }}
          onCancel={() => {
            normalizeButton.current?.focus();
            setPreviewing(false);
          }}
        />
      )}
      <p className="drafting-status" role="status" aria-live="polite">{status}</p>
    </div>
  );
}
