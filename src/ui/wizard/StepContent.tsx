import { sections, type SectionDef } from '../../template/sections.ts';
import { NarrativeStep } from '../narrative/NarrativeStep.tsx';
import { OverviewStep } from '../narrative/OverviewStep.tsx';
import { BasicsStep } from './BasicsStep.tsx';
import { PreviewHost } from './PreviewHost.tsx';
import type { StepId } from './steps.ts';
import { TableStep } from './TableStep.tsx';

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
  return section ? <SectionStep section={section} /> : null;
}
