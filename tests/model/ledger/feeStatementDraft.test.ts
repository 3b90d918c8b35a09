import { describe, expect, it } from 'vitest';
import { countLedger } from '../../../src/model/ledger/countLedger.ts';
import { feeStatementDraft } from '../../../src/model/ledger/feeStatementDraft.ts';
import { emptyReport } from '../../../src/model/emptyReport.ts';

const header = ['序号', '收到日期', '申请人类型', '办理结果', '答复日期'];
const report = emptyReport({ year: 2025, agency: '示例县某局' });

function count(rows: string[][]) {
  const result = countLedger([header, ...rows], { year: 2025 });
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('feeStatementDraft', () => {
  it('drafts the 信息处理费 sentence for 六 from the lines whose result is 逾期未缴纳费用', () => {
    const draft = feeStatementDraft(report, count([
      ['1', '2025-02-01', '自然人', '逾期未缴纳费用', '2025-03-01'],
      ['2', '2025-02-03', '商业企业', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', '2025-03-02'],
      ['3', '2025-02-03', '商业企业', '予以公开', '2025-02-10'],
    ]));
    expect(draft?.sentence).toContain('逾期未缴纳费用、本机关不再处理的申请2件');
    expect(draft?.lines.map((line) => line.row)).toEqual([2, 3]);
  });

  it('drafts nothing when no line went unpaid: the ledger does not say whether fees were charged', () => {
    expect(feeStatementDraft(report, count([['1', '2025-02-01', '自然人', '予以公开', '2025-02-05']]))).toBeUndefined();
  });
});
