import { countVerdicts } from '../../model/verdict.ts';
import { useReportFindings } from './useReportFindings.ts';

// Required fields that are not cells, as the header names them on their own.
const requiredFieldNames: Readonly<Record<string, string>> = { 'meta.agency': '机关全称', 'meta.year': '报告年度' };

/**
 * Always visible: how many of the 200 cells hold something, and what is left in the one vocabulary
 * (src/model/verdict.ts): 错误 and 未填 must be resolved before export, 提醒 is advice, 已核实 is kept.
 * 已填 and 未填 格 are read from one count of the cells, so they add up to 200 at every moment; a required
 * field that is not a cell (the agency's name) is its own item, never counted as a 格.
 */
export function ProgressBar() {
  const { findings, progress } = useReportFindings();
  const counts = countVerdicts(findings);
  const blankCells = progress.total - progress.filled;
  const missingFields = [...new Set(findings.filter((f) => f.rule === 'required-field').map((f) => requiredFieldNames[f.cells[0] ?? ''] ?? f.cells[0] ?? ''))];
  return (
    <div className="progress" data-progress>
      <label>
        <span>已填 <strong data-progress="filled">{progress.filled}</strong> / {progress.total} 格</span>
        <progress max={progress.total} value={progress.filled} />
      </label>
      <span className={counts.error > 0 ? 'progress-errors has-errors' : 'progress-errors'}>
        错误 <strong data-progress="errors">{counts.error}</strong> 处
      </span>
      <span className="progress-blanks">未填 <strong data-progress="blanks">{blankCells}</strong> 格</span>
      {missingFields.length > 0 && (
        <span className="progress-required" data-progress="required">{missingFields.join('、')}未填</span>
      )}
      <span className="progress-warnings">提醒 <strong data-progress="warnings">{counts.advice}</strong> 处</span>
      {counts.acknowledged > 0 && (
        <span className="progress-acknowledged">已核实 <strong data-progress="acknowledged">{counts.acknowledged}</strong> 处</span>
      )}
    </div>
  );
}
