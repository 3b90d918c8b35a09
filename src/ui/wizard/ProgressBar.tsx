import { countVerdicts } from '../../model/verdict.ts';
import { useReportFindings } from './useReportFindings.ts';

/**
 * Always visible: how many of the 200 cells hold something, and what is left in the one vocabulary
 * (src/model/verdict.ts): 错误 and 未填 must be resolved before export, 提醒 is advice, 已核实 is kept.
 */
export function ProgressBar() {
  const { findings, progress } = useReportFindings();
  const counts = countVerdicts(findings);
  return (
    <div className="progress" data-progress>
      <label>
        <span>已填 <strong data-progress="filled">{progress.filled}</strong> / {progress.total} 格</span>
        <progress max={progress.total} value={progress.filled} />
      </label>
      <span className={counts.error > 0 ? 'progress-errors has-errors' : 'progress-errors'}>
        错误 <strong data-progress="errors">{counts.error}</strong> 处
      </span>
      <span className="progress-blanks">未填 <strong data-progress="blanks">{counts.blank}</strong> 格</span>
      <span className="progress-warnings">提醒 <strong data-progress="warnings">{counts.advice}</strong> 处</span>
      {counts.acknowledged > 0 && (
        <span className="progress-acknowledged">已核实 <strong data-progress="acknowledged">{counts.acknowledged}</strong> 处</span>
      )}
    </div>
  );
}
