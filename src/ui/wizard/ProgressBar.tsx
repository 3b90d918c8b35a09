import { countFindings } from './countFindings.ts';
import { useReportFindings } from './useReportFindings.ts';

/** Always visible: how many of the 200 cells hold something, and how many errors are left. */
export function ProgressBar() {
  const { findings, progress } = useReportFindings();
  const { errors, warnings } = countFindings(findings);
  return (
    <div className="progress" data-progress>
      <label>
        <span>已填 <strong data-progress="filled">{progress.filled}</strong> / {progress.total} 格</span>
        <progress max={progress.total} value={progress.filled} />
      </label>
      <span className={errors > 0 ? 'progress-errors has-errors' : 'progress-errors'}>
        错误 <strong data-progress="errors">{errors}</strong> 处
      </span>
      <span className="progress-warnings">提醒 <strong data-progress="warnings">{warnings}</strong> 处</span>
    </div>
  );
}
