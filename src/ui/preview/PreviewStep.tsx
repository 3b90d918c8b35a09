import { lazy, Suspense, useMemo, useState } from 'react';
import { lacksAgency } from '../../model/exportGuard.ts';
import type { Finding, FindingPlace } from '../../model/finding.ts';
import type { Report } from '../../model/reportSchema.ts';
import { defaultFontProfile, type FontProfile } from '../../render/docx/fontProfiles.ts';
import { exportFormats, exportKinds, type ExportFormat, type ExportKind } from '../../render/exportFormats.ts';
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
  const noAgency = lacksAgency(report);
  const blocked = noAgency || (errors.length > 0 && !confirmed);

  const chooseFonts = (profile: FontProfile) => {
    setFontProfile(profile);
    onFontProfileChange(profile);
  };

  // A text format is made at once (the page shown below is the one downloaded); the Word file is built by a
  // library fetched on first use, with the button busy meanwhile.
  const download = async (kind: ExportKind) => {
    const format: ExportFormat = exportFormats[kind];
    const what = /^[A-Za-z]/.test(format.appName) ? ` ${format.appName}` : format.appName; // 生成 Word 文件, 生成网页文件
    const name = exportFileName(exported, kind);
    if ('text' in format.render) {
      const text = kind === 'html' ? page : format.render.text(exported);
      downloadBlob(new Blob([text], { type: format.mimeType }), name);
      setStatus({ text: `已生成${what}：${name}` });
      return;
    }
    setBusy(true);
    setStatus({ text: `正在生成${what}……` });
    try {
      const bytes = await format.render.bytes(exported);
      downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: format.mimeType }), name);
      setStatus({ text: `已生成${what}：${name}` });
    } catch (error) {
      setStatus({ text: `生成${what}失败：${error instanceof Error ? error.message : String(error)}。请再试一次，或先保存报告文件。`, error: true });
    } finally {
      setBusy(false);
    }
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
        {exportKinds.map((kind, index) => {
          const format: ExportFormat = exportFormats[kind];
          const slow = 'bytes' in format.render;
          return (
            <button key={kind} type="button" className={index === 0 ? 'primary' : undefined} disabled={blocked || (slow && busy)} onClick={() => void download(kind)}>
              {slow && busy ? '正在生成……' : format.button}
            </button>
          );
        })}
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
