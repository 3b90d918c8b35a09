/// <reference types="vite/client" />
import type { ComponentType } from 'react';
import type { Finding } from '../../model/finding.ts';
import type { Report } from '../../model/reportSchema.ts';

// Parts other engineers build: mounted when their file exists, so the app builds and runs without them.
// import.meta.glob resolves at build time and yields {} for a missing file; lazy ones load on first use.

export type PreviewStepProps = {
  report: Report;
  findings: readonly Finding[];
  onShowFinding: (finding: Finding) => void;
  onFontProfileChange: (profile: 'gb2312' | 'windows') => void;
};
export type ImportPanelProps = { onAccept: (report: Report) => void; onCancel: () => void };

const previewModules = import.meta.glob<{ PreviewStep: ComponentType<PreviewStepProps> }>('../preview/PreviewStep.tsx');
const importModules = import.meta.glob<{ ImportPanel: ComponentType<ImportPanelProps> }>('../import/ImportPanel.tsx');

const firstLoader = <T,>(modules: Record<string, () => Promise<T>>): (() => Promise<T>) | undefined => Object.values(modules)[0];

export const loadPreviewStep = firstLoader(previewModules);
export const loadImportPanel = firstLoader(importModules);
