import type { Finding, FindingPlace } from '../../model/finding.ts';
import { countVerdicts, describeCounts, verdictOf } from '../../model/verdict.ts';
import { FindingDetails } from '../findings/FindingDetails.tsx';

type Props = { errors: readonly Finding[]; warnings: readonly Finding[]; onShowFinding: (finding: FindingPlace) => void };

function FindingItems({ findings, onShowFinding }: { findings: readonly Finding[]; onShowFinding: (finding: FindingPlace) => void }) {
  return (
    <ul className="preview-finding-list">
      {findings.map((finding, i) => (
        <li key={`${finding.rule}-${finding.cells.join(',')}-${i}`}>
          <button type="button" className="link-button" onClick={() => onShowFinding(finding)}>{finding.message}</button>
          <FindingDetails finding={finding} />
        </li>
      ))}
    </ul>
  );
}

/** "错误 2 处，未填 3 格": what must be resolved before export, in the header's words. */
export const blockersText = (errors: readonly Finding[]): string => describeCounts(countVerdicts(errors));

/**
 * What is still wrong before publishing, in the header's words: 导出前必须解决 (错误, the ones naming a
 * likely mistyped cell first, then 未填), then 提醒 and 已核实 folded away.
 */
export function ExportFindingsList({ errors, warnings, onShowFinding }: Props) {
  const ordered = [
    ...errors.filter((f) => f.suspect !== undefined),
    ...errors.filter((f) => f.suspect === undefined && verdictOf(f) === 'error'),
    ...errors.filter((f) => f.suspect === undefined && verdictOf(f) !== 'error'),
  ];
  const advice = warnings.filter((f) => verdictOf(f) !== 'acknowledged');
  const acknowledged = warnings.filter((f) => verdictOf(f) === 'acknowledged');
  return (
    <section className="preview-findings" aria-labelledby="preview-findings-heading">
      <h3 id="preview-findings-heading">
        {errors.length > 0 ? `导出前必须解决：${blockersText(errors)}` : '没有错误或未填，可以导出'}
      </h3>
      {errors.length > 0 ? (
        <>
          <p className="hint">点击一条可转到要改的地方。未填的单元格在导出的文件中会印为 0。</p>
          <FindingItems findings={ordered} onShowFinding={onShowFinding} />
        </>
      ) : null}
      {advice.length > 0 ? (
        <details>
          <summary>提醒 {advice.length} 处（不妨碍导出，建议核实）</summary>
          <FindingItems findings={advice} onShowFinding={onShowFinding} />
        </details>
      ) : null}
      {acknowledged.length > 0 ? (
        <details>
          <summary>已核实 {acknowledged.length} 处（已写明理由，供审核人查看）</summary>
          <FindingItems findings={acknowledged} onShowFinding={onShowFinding} />
        </details>
      ) : null}
    </section>
  );
}
