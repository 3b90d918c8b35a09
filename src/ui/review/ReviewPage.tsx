import { useMemo, useRef, useState } from 'react';
import { importExtensions } from '../../import/importFormats.ts';
import type { AssessmentPack } from '../../model/assessment/packSchema.ts';
import { readPackText } from '../../model/assessment/readPack.ts';
import { shippedPacks } from '../../model/assessment/shippedPacks.ts';
import { reviewReports, type ReviewInput } from '../../model/review/reviewReports.ts';
import { renderReviewXlsx } from '../../render/review/reviewXlsx.ts';
import { renderReviewCsv } from '../../render/review/reviewCsv.ts';
import { renderReviewHtml } from '../../render/review/reviewHtml.ts';
import { downloadBlob } from '../preview/downloadBlob.ts';
import { droppedFiles, pickedFiles, type NamedFile } from './droppedFiles.ts';
import { readForReview, reviewable } from './readForReview.ts';
import { ReviewTable } from './ReviewTable.tsx';
import './review.css';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly inputs: readonly ReviewInput[]; readonly startedAt: Date };

/** 审查: many reports dropped or chosen at once, checked by the same engine as the command line. */
export function ReviewPage() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [message, setMessage] = useState<string | null>(null);
  const files = useRef<HTMLInputElement | null>(null);
  const folder = useRef<HTMLInputElement | null>(null);

  const run = async (chosen: readonly NamedFile[]) => {
    const wanted = reviewable(chosen);
    if (wanted.length === 0) {
      setMessage('没有找到可以审查的报告文件：请选择 .json、.txt、.html、.docx 或 .pdf 文件，或包含它们的文件夹');
      return;
    }
    setMessage(null);
    setState({ kind: 'reading', done: 0, total: wanted.length });
    const inputs = await readForReview(wanted, (done) => setState({ kind: 'reading', done, total: wanted.length }));
    setState({ kind: 'done', inputs, startedAt: new Date() });
  };

  const [pack, setPack] = useState<AssessmentPack | null>(null);
  const [packMessage, setPackMessage] = useState<string | null>(null);
  const review = useMemo(() => (state.kind === 'done' ? reviewReports(state.inputs, pack ? { pack } : {}) : null), [state, pack]);
  const loadPack = async (file: File | undefined) => {
    if (!file) return;
    const read = file.size > 1024 * 1024 ? { ok: false as const, error: '文件超过 1 MB，不像是评估规则包' } : readPackText(await file.text());
    if (!read.ok) {
      setPackMessage(`${file.name}：${read.error}`);
      return;
    }
    setPackMessage(null);
    setPack(read.pack);
  };
  const downloadXlsx = async () => {
    if (!review || state.kind !== 'done') return;
    const bytes = await renderReviewXlsx(review, { inputs: state.inputs.map((input) => input.file), startedAt: state.startedAt, finishedAt: new Date(), ...(pack ? { pack } : {}) });
    downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), '年度报告审查结果.xlsx');
  };
  return (
    <main className="review-page" onDragOver={(e) => e.preventDefault()} onDrop={(e) => {
      e.preventDefault();
      void droppedFiles(e.dataTransfer).then(run);
    }}>
      <p><a href="#">← 返回编写报告</a></p>
      <h1>审查多份年度报告</h1>
      <p>把各机关的年度报告（报告文件 .json，或已发布的 Word、网页、文字、PDF）拖到本页，或选择文件、文件夹。
        文件只在本机读取，不会上传。每份报告一行，问题多的在前；可下载审查结果网页和表格（Excel、WPS 可直接打开）。</p>
      <div className="dialog-actions">
        <button type="button" data-action="review-files" onClick={() => files.current?.click()}>选择报告文件</button>
        <button type="button" data-action="review-folder" onClick={() => folder.current?.click()}>选择文件夹</button>
        <input ref={files} type="file" multiple hidden aria-hidden="true" tabIndex={-1} accept={importExtensions.join(',')}
          data-field="review-files" onChange={(e) => { const list = pickedFiles(e.target.files); e.target.value = ''; void run(list); }} />
        <input ref={folder} type="file" hidden aria-hidden="true" tabIndex={-1} {...{ webkitdirectory: '' }}
          onChange={(e) => { const list = pickedFiles(e.target.files); e.target.value = ''; void run(list); }} />
      </div>
      <div className="review-pack">
        <label>评估规则包{' '}
          <select data-field="review-pack" value={pack ? (shippedPacks.some((p) => p.id === pack.id && p === pack) ? pack.id : 'file') : ''}
            onChange={(e) => setPack(shippedPacks.find((p) => p.id === e.target.value) ?? null)}>
            <option value="">不评分</option>
            {shippedPacks.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
            {pack && !shippedPacks.includes(pack) ? <option value="file">{pack.name}（从文件载入）</option> : null}
          </select>
        </label>
        <label className="button-like">从文件载入规则包…
          <input type="file" accept=".json,application/json" className="visually-hidden" data-field="review-pack-file"
            onChange={(e) => { const file = e.target.files?.[0]; e.target.value = ''; void loadPack(file); }} />
        </label>
      </div>
      {packMessage && <p className="message message-error" role="alert">{packMessage}</p>}
      {message && <p className="message message-error" role="alert">{message}</p>}
      {state.kind === 'reading' && (
        <p role="status">正在读取 {state.done} / {state.total} 份…<progress max={state.total} value={state.done} /></p>
      )}
      {review && (
        <section aria-labelledby="review-summary">
          <h2 id="review-summary" role="status">
            共 {review.summary.reports} 份报告：{review.summary.withErrors} 份有错误，{review.summary.late} 份逾期公布（有发布日期的按发布日期，否则按成文日期），
            {review.summary.repeatOver50} 份与上年重复率超过50%，{review.summary.unreadable} 个文件无法读取
          </h2>
          <div className="dialog-actions">
            <button type="button" data-action="review-html" onClick={() => downloadBlob(new Blob([renderReviewHtml(review)], { type: 'text/html;charset=utf-8' }), '年度报告审查结果.html')}>下载审查结果网页</button>
            <button type="button" data-action="review-xlsx" onClick={() => void downloadXlsx()}>下载工作簿（Excel）</button>
            <button type="button" data-action="review-csv" onClick={() => downloadBlob(new Blob([renderReviewCsv(review)], { type: 'text/csv;charset=utf-8' }), '年度报告审查结果.csv')}>下载表格（CSV）</button>
          </div>
          {review.unreadable.length > 0 && (
            <ul className="review-unreadable">{review.unreadable.map((u) => <li key={u.file}>{u.file}：{u.error}</li>)}</ul>
          )}
          <ReviewTable review={review} />
        </section>
      )}
    </main>
  );
}
