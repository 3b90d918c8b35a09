import { lazy, Suspense, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import type { Report } from '../../model/reportSchema.ts';
import { useReportFindings } from './useReportFindings.ts';
import { useWizard } from './WizardContext.tsx';

// Loaded on first visit: the preview pulls in the renderers, which typing never needs.
const PreviewStep = lazy(() => import('../preview/PreviewStep.tsx').then((module) => ({ default: module.PreviewStep })));

/** 预览与导出: the publish step, given a snapshot of the report taken on entry and the current findings. */
export function PreviewHost() {
  const { getValues, setValue } = useFormContext<Report>();
  const { findings } = useReportFindings();
  const { showFinding } = useWizard();
  const [report] = useState(() => structuredClone(getValues()));
  return (
    <Suspense fallback={<p role="status">正在载入预览……</p>}>
      <PreviewStep
        report={report}
        findings={findings}
        onShowFinding={showFinding}
        onFontProfileChange={(profile) => setValue('meta.fontProfile', profile, { shouldDirty: true })}
        onPackChange={(pack) => {
          // A free meta field (README: 评估预检): the pack travels with the draft and its report file.
          const meta: Record<string, unknown> = { ...getValues('meta') };
          if (pack === undefined) delete meta.assessmentPack;
          else meta.assessmentPack = pack;
          setValue('meta', meta as Report['meta'], { shouldDirty: true });
        }}
      />
    </Suspense>
  );
}
