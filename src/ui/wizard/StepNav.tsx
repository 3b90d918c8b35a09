import { useMemo } from 'react';
import type { Finding } from '../../model/finding.ts';
import { verdictOf } from '../../model/verdict.ts';
import { stepOfFinding, steps, type StepId } from './steps.ts';
import { useReportFindings } from './useReportFindings.ts';

type Props = { readonly current: StepId; readonly onSelect: (step: StepId) => void };

type StepCounts = { errors: number; blanks: number; warnings: number };

// One pass over the findings (they can number 200 while drafting), not one per step. The words are the
// header's: 错误, 未填, 提醒; a 提醒 marked 已核实 is not counted.
function countByStep(findings: readonly Finding[]): ReadonlyMap<StepId, StepCounts> {
  const counts = new Map<StepId, StepCounts>();
  for (const finding of findings) {
    const verdict = verdictOf(finding);
    if (verdict === 'acknowledged') continue;
    const step = stepOfFinding(finding);
    const entry = counts.get(step) ?? { errors: 0, blanks: 0, warnings: 0 };
    if (verdict === 'error') entry.errors += 1;
    else if (verdict === 'blank') entry.blanks += 1;
    else entry.warnings += 1;
    counts.set(step, entry);
  }
  return counts;
}

/** The step buttons (section headings as text), each with its error and warning counts. */
export function StepNav({ current, onSelect }: Props) {
  const { findings } = useReportFindings();
  const byStep = useMemo(() => countByStep(findings), [findings]);
  return (
    <nav className="step-nav" aria-label="编写步骤">
      <ol>
        {steps.map((step, index) => {
          const counts = byStep.get(step.id) ?? { errors: 0, blanks: 0, warnings: 0 };
          return (
            <li key={step.id}>
              <button
                type="button"
                data-step={step.id}
                aria-current={step.id === current ? 'step' : undefined}
                onClick={() => onSelect(step.id)}
              >
                <span className="step-index" aria-hidden="true">{index + 1}</span>
                <span className="step-label">{step.label}</span>
                {/* No empty badge box: an empty flex container with a gap inside a button is 33 554 432 px tall in
                    Chromium 84–86 (their first flex gap), which pushed steps 3–8 out of the list. */}
                {counts.errors + counts.blanks + counts.warnings > 0 && <span className="step-badges">
                  {counts.errors > 0 && (
                    <span className="badge badge-error" data-badge="errors">
                      <span aria-hidden="true">✖</span> {counts.errors}<span className="visually-hidden"> 个错误</span>
                    </span>
                  )}
                  {counts.blanks > 0 && (
                    <span className="badge badge-blank" data-badge="blanks">
                      未填 {counts.blanks}<span className="visually-hidden"> 格</span>
                    </span>
                  )}
                  {counts.warnings > 0 && (
                    <span className="badge badge-warning" data-badge="warnings">
                      <span aria-hidden="true">⚠</span> {counts.warnings}<span className="visually-hidden"> 个提醒</span>
                    </span>
                  )}
                </span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
