import type { Report } from '../../../src/model/reportSchema.ts';
import { zeroReport } from '../../fixtures/buildReport.ts';

const R = 'tables.requests';

/**
 * 示例县交通运输局, 2025: received 12 (自然人10, 商业企业2), carried over 1; 予以公开5, 部分公开2, 不予公开1,
 * 无法提供2, 不予处理1, 其他处理1 (逾期未缴费); 办结12, 结转下年度1. 规范性文件 制发3 废止2 现行有效45;
 * 许可120 处罚15 强制2, 收费1.5万元. 行政复议2 (维持1, 尚未审结1), 行政诉讼1 (直接起诉, 纠正).
 */
export function sampleReport(overrides: Readonly<Record<string, number>> = {}): Report {
  return zeroReport({
    [`${R}.received.natural`]: 10,
    [`${R}.received.commercial`]: 2,
    [`${R}.carriedOver.natural`]: 1,
    [`${R}.disclosed.natural`]: 5,
    [`${R}.partlyDisclosed.natural`]: 2,
    [`${R}.declined.thirdPartyRights.natural`]: 1,
    [`${R}.unavailable.notHeld.natural`]: 2,
    [`${R}.notProcessed.repeated.commercial`]: 1,
    [`${R}.otherHandling.feeUnpaid.commercial`]: 1,
    [`${R}.carriedForward.natural`]: 1,
    'tables.active.normativeDocuments.issued': 3,
    'tables.active.normativeDocuments.repealed': 2,
    'tables.active.normativeDocuments.inForce': 45,
    'tables.active.licensing.decisions': 120,
    'tables.active.punishment.decisions': 15,
    'tables.active.coercion.decisions': 2,
    'tables.active.fees.amount': 1.5,
    'tables.appeals.review.upheld': 1,
    'tables.appeals.review.pending': 1,
    'tables.appeals.suitDirect.corrected': 1,
    ...overrides,
  });
}

type TextPatch = Partial<Omit<Report['text'], 'overview'>> & { sections?: readonly string[]; headings?: readonly string[]; intro?: string };

/** The report with narrative text set; `sections` are the bodies of 一's sub-sections in order. */
export function withText(report: Report, patch: TextPatch): Report {
  const { sections, headings, intro, ...rest } = patch;
  const current = report.text.overview.sections;
  const bodies = sections ?? current.map((s) => s.body);
  return {
    ...report,
    text: {
      ...report.text,
      ...rest,
      overview: {
        ...report.text.overview,
        ...(intro === undefined ? {} : { intro }),
        sections: bodies.map((body, i) => ({ heading: headings?.[i] ?? current[i]?.heading ?? '', body })),
      },
    },
  };
}
