import type { Finding } from '../finding.ts';
import type { Report } from '../reportSchema.ts';
import { narrativeFields } from './narrativeFields.ts';
import { ruleSeverity } from '../../template/reportRules.ts';

const period = /(\d{4})年1月1日(?:起)?(?:至|到|—|－|-|~|～)(\d{4})年12月31日/g;
// Last year opening a sentence as its time: "2023年，我局…" / "2023年全年共…" (not 2023年以来, 2023年度报告, 2023年12月).
const sentenceYear = /(?:^|[。！？!?；;\n])\s*(?:（[一二三四五六七八九十]+）[^。\n]{0,20}?[。：:]\s*)?(\d{4})年(?:度)?(?=[，,]|全年|共|我|本|全|累计)/g;

/** A year in the text that is not the report year: 统计期限 of another year; last year's sentences kept unchanged. */
export function checkTextYear(report: Report): Finding[] {
  const { year } = report.meta;
  return narrativeFields(report).flatMap((field): Finding[] => {
    const findings: Finding[] = [];
    for (const match of field.value.matchAll(period)) {
      const [written, from, to] = match;
      if (Number(from) === year && Number(to) === year) continue;
      findings.push({
        severity: ruleSeverity('narrative-year'),
        rule: 'narrative-year',
        cells: [field.path],
        expected: year,
        actual: Number(Number(from) !== year ? from : to),
        message: `统计期限写的是“${written}”，而本报告是${year}年度报告，应为${year}年1月1日至${year}年12月31日`,
      });
    }
    // Only when the field never names the report year: then last year's text was most likely kept by mistake.
    if (field.value.includes(`${year}`)) return findings;
    // Last year's problems and their follow-up are a required topic of 五: those sentences name last year on purpose.
    const stale = [...field.value.matchAll(sentenceYear)].find((match) => {
      const sentence = field.value.slice(match.index).split(/[。！？\n]/, 2).slice(0, 2).join('');
      return Number(match[1]) === year - 1 && !/问题|整改|不足/.test(sentence);
    });
    if (stale) {
      const at = (stale.index ?? 0) + stale[0].indexOf(stale[1] ?? '');
      const quote = field.value.slice(at, at + 16).split(/[。\n]/)[0] ?? '';
      findings.push({
        severity: ruleSeverity('narrative-year'),
        rule: 'narrative-year',
        cells: [field.path],
        expected: year,
        actual: year - 1,
        message: `正文“${quote}…”写的是${year - 1}年的情况，而本报告是${year}年度报告，且这一部分没有提到${year}年，请核实是否沿用了上年的文字`,
      });
    }
    return findings;
  });
}
