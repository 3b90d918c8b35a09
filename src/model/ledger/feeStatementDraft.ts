import { feeStatementSentence } from '../narrative/draftSentences.ts';
import { generateDraft } from '../narrative/draftTemplate.ts';
import type { Report } from '../reportSchema.ts';
import { applyLedgerCount } from './applyLedgerCount.ts';
import type { CountedLine, LedgerCount } from './countLedger.ts';

export type FeeDraft = { readonly sentence: string; readonly lines: readonly CountedLine[] };

/**
 * The 信息处理费 statement for 六, drafted from the ledger lines whose result is 逾期未缴纳费用 (三（六）2), in the
 * same words as the narrative tools' sentence. None when no line has that result: the ledger does not say
 * whether fees were charged and paid.
 */
export function feeStatementDraft(report: Report, count: LedgerCount): FeeDraft | undefined {
  const lines = count.counted.filter((line) => line.outcome === 'otherHandling.feeUnpaid');
  if (lines.length === 0) return undefined;
  const sentence = generateDraft(feeStatementSentence, applyLedgerCount(report, count));
  return sentence === undefined ? undefined : { sentence, lines };
}
