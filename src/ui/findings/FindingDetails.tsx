import type { Finding } from '../../model/finding.ts';
import { suspectMessage } from '../../model/findingMessages.ts';
import './findingDetails.css';

/** Under a finding's message: the likely mistyped cell, a digit-slip hint, or why a 提醒 was marked 已核实. */
export function FindingDetails({ finding }: { finding: Finding }) {
  return (
    <>
      {finding.suspect && (
        <span className="finding-suspect" data-suspect={finding.suspect.cell}>
          {suspectMessage(finding.suspect.cell, finding.suspect.value)}
        </span>
      )}
      {finding.hint && <span className="finding-hint">{finding.hint}</span>}
      {finding.acknowledged && (
        <span className="finding-acknowledged-reason">已核实（{finding.acknowledged.on}）：{finding.acknowledged.reason}</span>
      )}
    </>
  );
}
