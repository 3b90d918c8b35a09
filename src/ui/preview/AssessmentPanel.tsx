import { useMemo, useState } from 'react';
import type { Evidence } from '../../model/assessment/assessmentResult.ts';
import { draftAssessments, draftPack, type DraftAssessment } from '../../model/assessment/draftAssessments.ts';
import { placeName } from '../../model/assessment/placeName.ts';
import { describeLateness } from '../../model/publicationLateness.ts';
import { readPackText } from '../../model/assessment/readPack.ts';
import { shippedPack } from '../../model/assessment/shippedPacks.ts';
import type { FindingPlace } from '../../model/finding.ts';
import { isReportPath } from '../../model/isReportPath.ts';
import type { Report } from '../../model/reportSchema.ts';
import './assessment.css';

export type AssessmentPanelProps = {
  report: Report;
  onShowFinding: (place: FindingPlace) => void;
  /** Keeps (or with undefined, forgets) the office's pack with the draft. */
  onPackChange: (pack: unknown) => void;
};

const national = shippedPack('national-2021');

function EvidenceItem({ evidence, onShowFinding }: { evidence: Evidence; onShowFinding: (place: FindingPlace) => void }) {
  const path = evidence.cell ?? evidence.part;
  const text = [evidence.quote, evidence.share !== undefined ? `（重复 ${Math.round(evidence.share * 100)}%）` : ''].join('');
  return (
    <li>
      {path ? (
        <button type="button" className="link-button" data-assessment-target={path}
          onClick={() => onShowFinding({ cells: isReportPath(path) ? [path] : [] })}>
          {placeName(path)}
        </button>
      ) : null}
      {path ? '：' : ''}{text}
    </li>
  );
}

function AssessmentResultView({ assessment, onShowFinding }: { assessment: DraftAssessment; onShowFinding: (place: FindingPlace) => void }) {
  const { pack, result } = assessment;
  return (
    <section className="assessment-result" data-pack={pack.id} aria-label={pack.name}>
      <h4>{pack.name}：<strong data-score>{result.score}</strong> / {result.points} 分</h4>
      {result.deductions.length === 0 ? <p>按此规则包没有扣分。</p> : (
        <ul className="assessment-deductions">
          {result.deductions.map((d) => (
            <li key={d.rule} data-rule={d.rule}>
              <strong>{d.title}</strong>　扣 {d.points} 分
              <ul>{d.evidence.slice(0, 8).map((e, i) => <EvidenceItem key={i} evidence={e} onShowFinding={onShowFinding} />)}</ul>
              <p className="assessment-fix">怎么改：{d.fix}</p>
            </li>
          ))}
        </ul>
      )}
      {result.notAssessed.length > 0 ? (
        <p className="hint">未评估：{result.notAssessed.map((n) => `${pack.rules.find((r) => r.id === n.rule)?.title ?? n.rule}（${n.why}）`).join('；')}</p>
      ) : null}
      <p className="hint">规则包版本 {pack.edition}；出处：{pack.source}</p>
    </section>
  );
}

/**
 * 评估预检 (issue 27): the draft's score under the national pack and under the pack the clerk's 政务公开办
 * gave them (loaded from a file, kept with the draft in meta.assessmentPack), each deduction with its
 * evidence, a link to the cell or sentence, and what to do; lateness predicted from the dates it has.
 */
export function AssessmentPanel({ report, onShowFinding, onPackChange }: AssessmentPanelProps) {
  const [kept, setKept] = useState(() => draftPack(report));
  const [message, setMessage] = useState<string | null>(null);
  const office = kept?.ok ? kept.pack : null;
  const { assessments, lateness } = useMemo(
    () => draftAssessments(report, [...(national ? [national] : []), ...(office && office.id !== national?.id ? [office] : [])]),
    [report, office],
  );

  const load = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > 1024 * 1024) {
      setMessage('这个文件超过 1 MB，不像是评估规则包；请选择政务公开办提供的规则包（.json）');
      return;
    }
    const read = readPackText(await file.text());
    if (!read.ok) {
      setMessage(`${file.name}：${read.error}。原来的规则包保持不变。`);
      return;
    }
    setMessage(`已载入规则包“${read.pack.name}”，并随草稿保存。`);
    setKept(read);
    onPackChange(JSON.parse(await file.text().then((text) => text.replace(/^\uFEFF/, ''))) as unknown);
  };

  return (
    <section className="assessment-panel" aria-labelledby="assessment-heading">
      <h3 id="assessment-heading">评估预检</h3>
      <p className="hint">按考核规则预先算出扣分，发布前改正。点位置可转到要改的格或句子。</p>
      <p data-lateness>{lateness.late === true ? '⚠ ' : ''}{describeLateness(lateness)}{lateness.date === null ? '。填写成文日期（或发布日期）后可预判是否逾期。' : '。'}</p>
      {assessments.map((assessment) => <AssessmentResultView key={assessment.pack.id} assessment={assessment} onShowFinding={onShowFinding} />)}
      {kept && !kept.ok ? <p className="preview-status preview-status-error">草稿中保存的规则包有误，未使用：{kept.error}</p> : null}
      <div className="preview-downloads">
        <label className="button-like">
          {office ? '换一个规则包…' : '载入本地政务公开办的规则包（.json）…'}
          <input type="file" accept=".json,application/json" className="visually-hidden" data-field="assessment-pack"
            onChange={(event) => { const file = event.target.files?.[0]; event.target.value = ''; void load(file); }} />
        </label>
        {kept ? <button type="button" onClick={() => { setKept(null); setMessage('已移除规则包。'); onPackChange(undefined); }}>移除规则包</button> : null}
      </div>
      {message ? <p className="preview-status" role="status">{message}</p> : null}
    </section>
  );
}
