import { lazy, memo, Suspense, useMemo, useState } from 'react';
import type { Finding } from '../../model/finding.ts';
import { verdictOf, verdictWord } from '../../model/verdict.ts';
import { canAcknowledge } from '../../model/acknowledgement.ts';
import { FindingDetails } from '../findings/FindingDetails.tsx';
import { stepOfFinding, steps } from './steps.ts';
import { useReportFindings } from './useReportFindings.ts';
import { useWizard } from './WizardContext.tsx';

const stepLabel = new Map(steps.map((step) => [step.id, step.label]));
const verdictIcon = { error: '✖', blank: '⚠', advice: '⚠', acknowledged: '✓' } as const;
// The 已核实 form is loaded when the panel first lists a 提醒, not with the page.
const AcknowledgeControl = lazy(() => import('../findings/AcknowledgeControl.tsx').then((module) => ({ default: module.AcknowledgeControl })));

// A click goes to the cell to fix: the suspect when the sums name one, else cells[0].
const FindingItem = memo(function FindingItem({ finding, onShow }: { finding: Finding; onShow: (finding: Finding) => void }) {
  const verdict = verdictOf(finding);
  const tone = verdict === 'error' ? 'error' : verdict === 'acknowledged' ? 'warning finding-acknowledged' : 'warning';
  return (
    <li className={`finding finding-${tone}`} data-rule={finding.rule} data-target={finding.suspect?.cell ?? finding.cells[0]} data-verdict={verdict}>
      <button type="button" onClick={() => onShow(finding)}>
        <span className="finding-icon" aria-hidden="true">{verdictIcon[verdict]}</span>
        <span className="finding-severity">{verdictWord[verdict]}</span>
        <span className="finding-message">{finding.message}</span>
        <FindingDetails finding={finding} />
      </button>
      {canAcknowledge(finding) && <Suspense fallback={null}><AcknowledgeControl finding={finding} /></Suspense>}
    </li>
  );
});

/** Blank cells are many while drafting: one line per step, opened on demand. */
function BlankGroup({ findings, onShow }: { findings: readonly Finding[]; onShow: (finding: Finding) => void }) {
  const [open, setOpen] = useState(false);
  const first = findings[0];
  if (!first) return null;
  const where = stepLabel.get(stepOfFinding(first)) ?? '';
  return (
    <li className="finding finding-warning finding-group" data-rule="blank-cell" data-verdict="blank">
      <button type="button" onClick={() => onShow(first)}>
        <span className="finding-icon" aria-hidden="true">⚠</span>
        <span className="finding-severity">{verdictWord.blank}</span>
        <span className="finding-message">{where}：还有 {findings.length} 格未填写（导出前须填写，没有发生的请填 0），点击转到第一格</span>
      </button>
      <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? '收起' : '逐格列出'}
      </button>
      {open && (
        <ul>
          {findings.map((finding) => <FindingItem key={finding.cells[0]} finding={finding} onShow={onShow} />)}
        </ul>
      )}
    </li>
  );
}

// Blank-cell warnings grouped by step in one pass; everything else listed as it comes (errors first, the
// ones naming a suspect first among them), the 已核实 ones last.
function groupFindings(findings: readonly Finding[]) {
  const listed: Finding[] = [];
  const acknowledged: Finding[] = [];
  const blanksByStep = new Map<string, Finding[]>();
  for (const finding of findings) {
    if (finding.acknowledged) acknowledged.push(finding);
    else if (finding.rule !== 'blank-cell' || finding.severity === 'error') listed.push(finding);
    else {
      const step = stepOfFinding(finding);
      const group = blanksByStep.get(step);
      if (group) group.push(finding);
      else blanksByStep.set(step, [finding]);
    }
  }
  const blankGroups = steps.flatMap((step) => {
    const group = blanksByStep.get(step.id);
    return group ? [group] : [];
  });
  const bySuspect = [...listed.filter((f) => f.suspect !== undefined), ...listed.filter((f) => f.suspect === undefined)];
  return { listed: [...bySuspect, ...acknowledged], blankGroups };
}

/** Every error and warning in plain Chinese, errors first; a click opens the step and focuses the field. */
export function FindingsPanel() {
  const { findings } = useReportFindings();
  const { showFinding } = useWizard();
  const { listed, blankGroups } = useMemo(() => groupFindings(findings), [findings]);
  return (
    <section className="findings-panel" aria-labelledby="findings-heading">
      <h2 id="findings-heading" tabIndex={-1}>检查结果</h2>
      {/* Not a live region: FindingsAnnouncer says what changed, once per pause. */}
      <div>
        {findings.length === 0 ? (
          <p className="findings-empty">没有发现错误或提醒。</p>
        ) : (
          <ul role="list" className="findings-list">
            {listed.map((finding, index) => (
              <FindingItem key={`${finding.rule}|${finding.cells.join(',')}|${index}`} finding={finding} onShow={showFinding} />
            ))}
            {blankGroups.map((group) => <BlankGroup key={group[0]?.cells[0]} findings={group} onShow={showFinding} />)}
          </ul>
        )}
      </div>
    </section>
  );
}
