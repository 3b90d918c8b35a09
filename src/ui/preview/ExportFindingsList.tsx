import type { Finding } from '../../model/finding.ts';

type Props = { errors: readonly Finding[]; warnings: readonly Finding[]; onShowFinding: (finding: Finding) => void };

function FindingItems({ findings, onShowFinding }: { findings: readonly Finding[]; onShowFinding: (finding: Finding) => void }) {
  return (
    <ul className="preview-finding-list">
      {findings.map((finding, i) => (
        <li key={`${finding.rule}-${finding.cells.join(',')}-${i}`}>
          <button type="button" className="link-button" onClick={() => onShowFinding(finding)}>{finding.message}</button>
        </li>
      ))}
    </ul>
  );
}

/** What is still wrong before publishing: errors listed, warnings folded away. */
export function ExportFindingsList({ errors, warnings, onShowFinding }: Props) {
  return (
    <section className="preview-findings" aria-labelledby="preview-findings-heading">
      <h3 id="preview-findings-heading">
        {errors.length > 0 ? `导出前还有 ${errors.length} 处错误` : '没有错误，可以导出'}
      </h3>
      {errors.length > 0 ? (
        <>
          <p className="hint">点击一条可转到要改的地方。空白单元格在导出的文件中会印为 0。</p>
          <FindingItems findings={errors} onShowFinding={onShowFinding} />
        </>
      ) : null}
      {warnings.length > 0 ? (
        <details>
          <summary>另有 {warnings.length} 处提醒（不妨碍导出，建议核实）</summary>
          <FindingItems findings={warnings} onShowFinding={onShowFinding} />
        </details>
      ) : null}
    </section>
  );
}
