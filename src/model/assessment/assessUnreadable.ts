import type { AssessmentResult } from './assessmentResult.ts';
import { kindFixes } from './defaultFixes.ts';
import type { AssessmentPack } from './packSchema.ts';

/**
 * A report in the 2019 trial format cannot be read as a 2021 report: only `old-format` rules are decided
 * (they deduct); every other rule is listed as not assessed, with the reason.
 */
export function assessOldFormat(pack: AssessmentPack): AssessmentResult {
  const old = pack.rules.filter((rule) => rule.kind === 'old-format');
  const lost = old.reduce((sum, rule) => sum + rule.points, 0);
  return {
    pack: pack.id,
    edition: pack.edition,
    points: pack.points,
    score: Math.max(0, Math.round((pack.points - lost) * 100) / 100),
    deductions: old.map((rule) => ({ rule: rule.id, title: rule.title, points: rule.points, evidence: [{ quote: '统计表为2019年试行格式（国办公开办函〔2019〕60号）' }], fix: rule.fix ?? kindFixes['old-format'] })),
    notAssessed: pack.rules.filter((rule) => rule.kind !== 'old-format').map((rule) => ({ rule: rule.id, why: '报告为2019年试行格式，不能按现行格式读取，其他各项无法评估' })),
  };
}
