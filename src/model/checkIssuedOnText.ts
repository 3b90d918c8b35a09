import { ruleSeverity } from '../template/reportRules.ts';
import { formatChineseDate } from './dates.ts';
import type { Finding } from './finding.ts';
import type { Report } from './reportSchema.ts';
import { readWrittenDate } from './writtenDate.ts';

/**
 * date-format on the 成文日期 as the report wrote it (meta.issuedOnText, kept by the importer next to the
 * parsed meta.issuedOn): 2024年元月6日 or 2024年01月06日 should read 2024年1月6日. A written form that no longer
 * matches meta.issuedOn (the clerk chose another date since) is not checked.
 */
export function checkIssuedOnText(report: Report): Finding[] {
  const { issuedOn, issuedOnText } = report.meta;
  if (!issuedOn || !issuedOnText) return [];
  const date = readWrittenDate(issuedOnText);
  if (!date || date.iso !== issuedOn || !date.irregular) return [];
  return [{
    severity: ruleSeverity('date-format'),
    rule: 'date-format',
    cells: ['meta.issuedOn'],
    message: `成文日期原文写作“${issuedOnText.trim()}”，应写作“${formatChineseDate(issuedOn)}”（阿拉伯数字，不用“元月”，月、日不补零）`,
  }];
}
