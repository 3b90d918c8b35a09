import { lazy, Suspense, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { Report } from '../../model/reportSchema.ts';
import { downloadReport } from '../drafts/reportFile.ts';
import { countFindings } from './countFindings.ts';
import { loadPreviewStep } from './optionalModules.ts';
import { useReportFindings } from './useReportFindings.ts';
import { useWizard } from './WizardContext.tsx';

// Loaded on first visit: the preview pulls in the renderers (docx), which typing never needs.
const loader = loadPreviewStep;
const PreviewStep = loader ? lazy(() => loader().then((module) => ({ default: module.PreviewStep }))) : undefined;

/** 预览与导出: the publish step with a snapshot of the report taken on entry. */
export function PreviewHost() {
  const { getValues, setValue } = useFormContext<Report>();
  const { findings } = useReportFindings();
  const { showFinding } = useWizard();
  const [report] = useState(() => structuredClone(getValues()));
  const { errors, warnings } = countFindings(findings);
  if (PreviewStep) {
    return (
      <Suspense fallback={<p role="status">正在载入预览……</p>}>
        <PreviewStep
          report={report}
          findings={findings}
          onShowFinding={showFinding}
          onFontProfileChange={(profile) => setValue('meta.fontProfile', profile, { shouldDirty: true })}
        />
      </Suspense>
    );
  }
  return (
    <div className="preview-fallback">
      <p>
        当前还有 <strong>{errors}</strong> 处错误、<strong>{warnings}</strong> 处提醒。
        {errors > 0 ? '请先在右侧“检查结果”中逐条改正。' : '表格已经平衡。'}
      </p>
      <button type="button" onClick={() => downloadReport(structuredClone(getValues()))}>保存为报告文件（.json）</button>
    </div>
  );
}
