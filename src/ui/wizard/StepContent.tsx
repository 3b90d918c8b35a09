import { lazy, Suspense } from 'react';
import { sections, type SectionDef } from '../../template/sections.ts';
import { BasicsStep } from './BasicsStep.tsx';
import { PreviewHost } from './PreviewHost.tsx';
import type { StepId } from './steps.ts';

// The first step loads with the app; the others (grid, narrative tools) on first visit, keeping the initial load small.
const OverviewStep = lazy(() => import('../narrative/OverviewStep.tsx').then((module) => ({ default: module.OverviewStep })));
const NarrativeStep = lazy(() => import('../narrative/NarrativeStep.tsx').then((module) => ({ default: module.NarrativeStep })));
const TableStep = lazy(() => import('./TableStep.tsx').then((module) => ({ default: module.TableStep })));

function SectionStep({ section }: { section: SectionDef }) {
  if (section.table) return <TableStep section={section} table={section.table} />;
  if (section.id === 'overview') return <OverviewStep />;
  if (section.id === 'problems' || section.id === 'other') return <NarrativeStep section={{ ...section, id: section.id }} />;
  return null;
}

/** The body of one step; only the open step is mounted (the form keeps every value). */
export function StepContent({ step }: { step: StepId }) {
  if (step === 'basics') return <BasicsStep />;
  if (step === 'preview') return <PreviewHost />;
  const section = sections.find((candidate) => candidate.id === step);
  if (!section) return null;
  return (
    <Suspense fallback={<p role="status">正在载入……</p>}>
      <SectionStep section={section} />
    </Suspense>
  );
}
