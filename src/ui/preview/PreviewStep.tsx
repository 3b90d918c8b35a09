import { lazy, Suspense, useMemo, useState } from 'react';
import type { Finding, FindingPlace } from '../../model/finding.ts';
import type { Report } from '../../model/reportSchema.ts';
import { defaultFontProfile, type FontProfile } from '../../render/docx/fontProfiles.ts';
import { renderCmsHtml } from '../../render/html/renderCmsHtml.ts';
import { renderHtml } from '../../render/html/renderHtml.ts';
import { renderPlainText } from '../../render/text/renderPlainText.ts';
import { copyHtmlToClipboard, copyMessages } from './copyHtmlToClipboard.ts';
import { downloadBlob } from './downloadBlob.ts';
import { blockersText, ExportFindingsList } from './ExportFindingsList.tsx';
import { exportFileName } from './exportFileName.ts';
import { exportFindings } from './exportFindings.ts';
import { FontProfileChoice } from './FontProfileChoice.tsx';
import { PrintableReport } from './PrintableReport.tsx';
import { PublishedTextNote } from './PublishedTextNote.tsx';
import './preview.css';

export type PreviewStepProps = {
  report: Report;
  findings: readonly Finding[];
  onShowFinding: (finding: FindingPlace) => void;
  onFontProfileChange: (profile: 'gb2312' | 'windows') => void;
  /** Keeps the office's assessment pack with the draft (meta.assessmentPack); undefined forgets it. */
  onPackChange?: (pack: unknown) => void;
};

// 评估预检 is a chunk of its own (packs, their schema, the evaluator): fetched when the preview shows it.
const AssessmentPanel = lazy(() => import('./AssessmentPanel.tsx').then((module) => ({ default: module.AssessmentPanel })));

type Status = { readonly text: string; readonly error?: boolean };

const htmlType = 'text/html;charset=utf-8';

type DocxPacker = typeof import('../../render/docx/packDocx.ts');
let docxPacker: Promise<DocxPacker> | undefined;

/** The docx library is a chunk of its own, fetched when the clerk first asks for the file; later clicks reuse it. */
function loadDocxPacker(): Promise<DocxPacker> {
  docxPacker ??= import('../../render/docx/packDocx.ts').catch((error: unknown) => {
    docxPacker = undefined; // a failed fetch is tried again on the next click
    throw error;
  });
  return docxPacker;
}

/** 预览与导出: the page as it will be published, what is still wrong, and the downloads. */
export function PreviewStep({ report, findings, onShowFinding, onFontProfileChange, onPackChange = () => undefined }: PreviewStepProps) {
  const [fontProfile, setFontProfile] = useState<FontProfile>(report.meta.fontProfile ?? defaultFontProfile);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>({ text: '' });
  const exported = useMemo<Report>(() => ({ ...report, meta: { ...report.meta, fontProfile } }), [report, fontProfile]);
  const page = useMemo(() => renderHtml(exported), [exported]);
  const { errors, warnings } = useMemo(() => exportFindings(report, findings), [report, findings]);
  // A title and signature without the agency are never printed, even when the clerk confirms the other errors.
  const noAgency = report.meta.agency.trim() === '';
  const blocked = noAgency || (errors.length > 0 && !confirmed);

  const chooseFonts = (profile: FontProfile) => {
    setFontProfile(profile);
    onFontProfileChange(profile);
  };

  const downloadDocx = async () => {
    setBusy(true);
    setStatus({ text: '正在生成 Word 文件……' });
    try {
      const { renderDocxBlob } = await loadDocxPacker();
      downloadBlob(await renderDocxBlob(exported), exportFileName(exported, 'docx'));
      setStatus({ text: `已生成 Word 文件：${exportFileName(exported, 'docx')}` });
    } catch (error) {
      setStatus({ text: `生成 Word 文件失败：${error instanceof Error ? error.message : String(error)}。请再试一次，或先保存报告文件。`, error: true });
    } finally {
      setBusy(false);
    }
  };

  const downloadHtml = (kind: 'html' | 'cms') => {
    const html = kind === 'html' ? page : renderCmsHtml(exported);
    downloadBlob(new Blob([html], { type: htmlType }), exportFileName(exported, kind));
    setStatus({ text: `已生成网页文件：${exportFileName(exported, kind)}` });
  };

  const copy = async () => {
    try {
      const outcome = await copyHtmlToClipboard(renderCmsHtml(exported), renderPlainText(exported));
      setStatus({ text: copyMessages[outcome] });
    } catch {
      setStatus({ text: copyMessages.refused, error: true });
    }
  };

  return (
    <div className="preview-step">
      <ExportFindingsList errors={errors} warnings={warnings} onShowFinding={onShowFinding} />
      <Suspense fallback={<p className="hint">正在载入评估预检……</p>}>
        <AssessmentPanel report={report} onShowFinding={onShowFinding} onPackChange={onPackChange} />
      </Suspense>
      <FontProfileChoice value={fontProfile} onChange={chooseFonts} />
      {noAgency ? <p className="preview-status preview-status-error">还没有填写机关全称，报告标题和落款无法生成：请先在“基本信息”中填写，再导出。</p> : null}
      {errors.length > 0 ? (
        <label className="preview-confirm">
          <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
          <span>我已知道报告还有{blockersText(errors)}没有解决，仍要导出（未填的单元格印为 0）</span>
        </label>
      ) : null}
      <div className="preview-downloads" role="group" aria-label="导出">
        <button type="button" className="primary" disabled={blocked || busy} onClick={() => void downloadDocx()}>
          {busy ? '正在生成……' : '下载 Word 文件（.docx）'}
        </button>
        <button type="button" disabled={blocked} onClick={() => downloadHtml('html')}>下载网页（.html）</button>
        <button type="button" disabled={blocked} onClick={() => downloadHtml('cms')}>下载网站编辑器用网页</button>
        <button type="button" disabled={blocked} onClick={() => void copy()}>复制到剪贴板</button>
        <button type="button" disabled={blocked} onClick={() => window.print()}>打印</button>
      </div>
      <p className={status.error ? 'preview-status preview-status-error' : 'preview-status'} role="status" aria-live="polite">{status.text}</p>
      <PublishedTextNote report={exported} />
      <h3>预览（与导出的网页相同）</h3>
      <iframe className="preview-frame" title="报告预览" sandbox="" srcDoc={page} />
      <PrintableReport report={exported} />
    </div>
  );
}
