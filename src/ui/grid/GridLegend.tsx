/**
 * What each mark on the grid means, shown above every table. The marks themselves come from cellMarks;
 * the wording is the vocabulary of src/model/verdict.ts (错误 / 提醒 / 已核实).
 */
export function GridLegend() {
  return (
    <ul className="grid-legend" aria-label="表格标记说明">
      <li><span className="legend-swatch cell-error" aria-hidden="true">✖</span>要改的格：此格有错误，或不平衡的合计算出此格最可能输错（下方有“改为 N”）</li>
      <li><span className="legend-swatch cell-involved" aria-hidden="true">↔</span>参与了一个不平衡的合计，不一定是这一格错</li>
      <li><span className="legend-swatch cell-warning" aria-hidden="true">⚠</span>提醒：建议核实，不妨碍导出</li>
      <li><span className="legend-swatch cell-acknowledged" aria-hidden="true"></span>虚线框：提醒已核实</li>
    </ul>
  );
}
