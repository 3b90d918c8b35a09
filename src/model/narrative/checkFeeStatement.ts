import { knownCell } from '../cellCatalog.ts';
import type { Finding } from '../finding.ts';
import type { Report } from '../reportSchema.ts';
import { numberSource, parseCount } from '../chineseNumber.ts';
import { ruleSeverity } from '../../template/reportRules.ts';
import { tableSum } from './tableSum.ts';
import { isPlaceholder } from './placeholder.ts';
import type { CellPath } from '../../template/cellPathType.ts';

/** A statement on 信息处理费 (《政府信息公开信息处理费管理办法》): charged, not charged, or how many notices. */
export const feeStatement = /信息处理费|处理费|收费通知|(?:收取|收费)[^。；\n]{0,12}费用|费用[^。；\n]{0,6}收取|未(?:收取|收)[^。；\n]{0,4}费|收费情况/;

// Statements that no fee notice was issued (or no fee arose), which 三（六）2 contradicts when above 0.
const noNotice = /(?:未|没有|无|不)(?:曾)?(?:发出|出具|开具|送达|寄发|下发)[^。；，,\n]{0,10}收费通知|(?:未|不|没有)涉及[^。；，,\n]{0,10}(?:信息处理费|收费)|(?:未|没有|无)(?:产生|发生)[^。；，,\n]{0,10}(?:信息处理费|收费)/;
const noticeCount = new RegExp(`(?:发出|出具|开具|送达|寄发|下发)(?:信息处理费)?收费通知(?:书)?(?:共计?|合计)?(${numberSource})(?:件|份|次)`);

const feeUnpaidCell: CellPath = 'tables.requests.otherHandling.feeUnpaid.total';
// 表三「（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用」: the group, then the row's label up to its first 、.
const [feeGroup, feeRow] = knownCell(feeUnpaidCell).rowLabels.slice(-2);
const feeUnpaidPlace = `表三「${feeGroup} ${feeRow?.split('、')[0]}」`;

/** 六 must state the 信息处理费; the statement must agree with 三（六）2 (fee notices that went unpaid). */
export function checkFeeStatement(report: Report): Finding[] {
  const text = report.text.other;
  // An empty 六 is reported by the empty-part check.
  if (text.trim() === '' || isPlaceholder(text)) return [];
  if (!feeStatement.test(text)) {
    return [{
      severity: ruleSeverity('narrative-fee-missing'),
      rule: 'narrative-fee-missing',
      cells: ['text.other'],
      message: '“六、其他需要报告的事项”应写明依据《政府信息公开信息处理费管理办法》收取信息处理费的情况（发出收费通知的件数和金额，或未收取）',
    }];
  }
  const unpaid = tableSum(report, [feeUnpaidCell]);
  if (unpaid === undefined || unpaid === 0) return [];
  const denial = noNotice.exec(text);
  if (denial) {
    return [{
      severity: ruleSeverity('narrative-fee-contradiction'),
      rule: 'narrative-fee-contradiction',
      cells: ['text.other', feeUnpaidCell],
      expected: unpaid,
      actual: 0,
      message: `六写的是“${denial[0]}”，而${feeUnpaidPlace}为 ${unpaid} 件，说明本年发出过收费通知，请核对`,
    }];
  }
  const counted = noticeCount.exec(text);
  const notices = counted ? parseCount(counted[1] ?? '') : undefined;
  if (counted && notices !== undefined && notices < unpaid) {
    return [{
      severity: ruleSeverity('narrative-fee-contradiction'),
      rule: 'narrative-fee-contradiction',
      cells: ['text.other', feeUnpaidCell],
      expected: unpaid,
      actual: notices,
      message: `六写的是“${counted[0]}”，而${feeUnpaidPlace}已有 ${unpaid} 件，收费通知不应少于此数，请核对`,
    }];
  }
  return [];
}
