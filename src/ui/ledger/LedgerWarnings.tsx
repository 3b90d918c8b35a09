import { useMemo } from 'react';
import { checkDeadlines } from '../../model/ledger/answerDeadlines.ts';
import { checkCarriedOver } from '../../model/ledger/checkCarriedOver.ts';
import { chineseWorkdays } from '../../model/ledger/chineseWorkdays.ts';
import type { LedgerCount } from '../../model/ledger/countLedger.ts';
import { feeStatementDraft } from '../../model/ledger/feeStatementDraft.ts';
import { problemLine } from '../../model/ledger/ledgerProblem.ts';
import type { Report } from '../../model/reportSchema.ts';

/** What to check by hand: late answers (official calendar), 二 against last year's report, the 信息处理费 sentence for 六. */
export function LedgerWarnings({ count, report }: { readonly count: LedgerCount; readonly report: Report }) {
  const deadlines = useMemo(() => checkDeadlines(count.counted, count.year, chineseWorkdays), [count]);
  const lastYear = report.meta.lastYear;
  const carried = lastYear && lastYear.year === count.year - 1 ? checkCarriedOver(count, lastYear.carriedForward) : [];
  const fee = feeStatementDraft(report, count);
  if (deadlines.warnings.length === 0 && deadlines.unchecked === 0 && carried.length === 0 && !fee) return null;
  return (
    <div className="ledger-warnings">
      {(deadlines.warnings.length > 0 || deadlines.unchecked > 0) && (
        <>
          <h4>答复期限提醒（《政府信息公开条例》第三十三条：20 个工作日，延长不超过 20 个工作日；按国务院公布的节假日和调休计算）</h4>
          <ul>{deadlines.warnings.map((warning) => <li key={warning.row} data-deadline-row={warning.row}>{problemLine(warning)}</li>)}</ul>
          {deadlines.unchecked > 0 && <p>节假日日历没有相应年份的数据，{deadlines.unchecked} 行的答复期限未检查。</p>}
        </>
      )}
      {carried.length > 0 && (
        <>
          <h4>与上年报告核对</h4>
          <ul>{carried.map((message) => <li key={message}>{message}</li>)}</ul>
        </>
      )}
      {fee && (
        <>
          <h4>信息处理费说明（可写入“六、其他需要报告的事项”）</h4>
          <p data-fee-sentence="">{fee.sentence}</p>
          <p>依据台账中办理结果为“逾期未缴纳费用”的 {fee.lines.length} 行：第 {fee.lines.map((line) => line.row).join('、')} 行。</p>
        </>
      )}
    </div>
  );
}
