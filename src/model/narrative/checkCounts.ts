import type { Finding, TextPath } from '../finding.ts';
import type { Report } from '../reportSchema.ts';
import type { Reading } from './countWords.ts';
import { outcomeById } from './outcomeRows.ts';
import { countReadingLimits, type CountMention } from './countMention.ts';
import { findCountMentions } from './findCountMentions.ts';
import { nothingCovered, type Covered } from './covered.ts';
import { narrativeFields } from './narrativeFields.ts';
import { ruleSeverity } from '../../template/reportRules.ts';
import { tableSum } from './tableSum.ts';

type Target = { readonly readings: readonly Reading[]; readonly place: string };

function targetOf(mention: CountMention): Target {
  if (mention.kind === 'quantity') return mention;
  const row = outcomeById[mention.outcome];
  return { readings: [{ cells: row.cells }], place: `表三「${row.name}」` };
}

// "受理申请12件（含上年结转2件）": the sentence counts carried-over applications in.
function receivedWithCarriedOver(report: Report, mention: CountMention): boolean {
  if (mention.kind !== 'quantity' || mention.quantity !== 'received' || !/结转/.test(mention.sentence.text)) return false;
  const both = tableSum(report, ['tables.requests.received.total', 'tables.requests.carriedOver.total']);
  return both === mention.value;
}

/** Whether the figure is what one reasonable reading of it finds in the table. */
function agreesWithAReading(report: Report, readings: readonly Reading[], value: number): boolean {
  return readings.some((reading) => {
    if (reading.whenZero && tableSum(report, reading.whenZero) !== 0) return false;
    return tableSum(report, reading.cells) === value;
  });
}

/** Numbers in the text that name a table quantity, compared with it; outcome words that are not the table's terms. */
export function checkCounts(report: Report, covered: Covered = nothingCovered): Finding[] {
  return narrativeFields(report).flatMap((field) => {
    const seen = new Set<string>();
    const { mentions, readUpTo } = findCountMentions(field.value, { year: report.meta.year, aboutApplications: field.aboutApplications });
    const cut = readUpTo < field.value.length ? [partNotReadWhole(field.path, field.value.length, readUpTo)] : [];
    return [...cut, ...mentions.flatMap((mention): Finding[] => {
      const target = targetOf(mention);
      if (covered(field.path, mention.start)) return [];
      const mainCells = target.readings[0]?.cells ?? [];
      const expected = tableSum(report, mainCells);
      const key = `${mention.start}:${target.place}`;
      if (seen.has(key)) return [];
      seen.add(key);
      const cells = [field.path, ...mainCells];
      if (mention.kind === 'outcome-term') {
        const row = outcomeById[mention.outcome];
        const agrees = expected === undefined || expected === mention.value;
        return [{
          severity: ruleSeverity('narrative-outcome-term'),
          rule: 'narrative-outcome-term',
          cells,
          ...(expected === undefined ? {} : { expected }),
          actual: mention.value,
          message: `正文“${mention.quote}”：依申请公开的办理结果应使用表三的用语“${row.term}”，不宜写作“${mention.word}”${agrees ? '' : `；且表三「${row.name}」为 ${expected} 件，正文写的是 ${mention.value} 件`}`,
        }];
      }
      if (expected === undefined || agreesWithAReading(report, target.readings, mention.value) || receivedWithCarriedOver(report, mention)) return [];
      return [{
        severity: ruleSeverity('narrative-count'),
        rule: 'narrative-count',
        cells,
        expected,
        actual: mention.value,
        message: `正文“${mention.quote}”写的是 ${mention.value}，而${target.place}为 ${expected}，请核对正文或表格`,
      }];
    })];
  });
}

/** A part far longer than any real report's: its figures were compared only up to `readUpTo`. */
function partNotReadWhole(path: TextPath, length: number, readUpTo: number): Finding {
  const why = length > countReadingLimits.characters
    ? `有 ${length} 个字，超过 ${countReadingLimits.characters / 10000} 万字`
    : `带单位的数字超过 ${countReadingLimits.countedNumbers} 处`;
  return {
    severity: ruleSeverity('narrative-too-long'),
    rule: 'narrative-too-long',
    cells: [path],
    actual: length,
    message: `这一部分正文${why}，只核对了前 ${readUpTo} 个字中的数字与表格是否一致。年度报告的一个部分通常只有几千字，请检查是否误粘贴了其他内容，删去多余部分后会重新核对。`,
  };
}
