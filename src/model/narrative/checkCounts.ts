import type { Finding } from '../finding.ts';
import type { Report } from '../reportSchema.ts';
import { countQuantities, regulatoryColumnNames, regulatoryNames, outcomeById } from './countQuantities.ts';
import { findCountMentions, type CountMention } from './findCountMentions.ts';
import { nothingCovered, type Covered } from './covered.ts';
import { narrativeFields } from './narrativeFields.ts';
import { narrativeSeverity } from './narrativeRules.ts';
import { tableSum } from './tableSum.ts';

const quantityById = new Map(countQuantities.map((q) => [q.id, q]));

type Target = { readonly cells: readonly string[]; readonly place: string };

function targetOf(mention: CountMention): Target | undefined {
  if (mention.kind === 'quantity') return quantityById.get(mention.quantity);
  if (mention.kind === 'regulatory') {
    return {
      cells: [`tables.active.${mention.row}.${mention.column}`],
      place: `表二「${regulatoryNames[mention.row]} / ${regulatoryColumnNames[mention.column]}」`,
    };
  }
  const row = outcomeById[mention.outcome];
  return { cells: row.cells, place: `表三「${row.name}」` };
}

// "受理申请12件（含上年结转2件）": the sentence counts carried-over applications in.
function receivedWithCarriedOver(report: Report, mention: CountMention): boolean {
  if (mention.kind !== 'quantity' || mention.quantity !== 'received' || !/结转/.test(mention.sentence.text)) return false;
  const both = tableSum(report, ['tables.requests.received.total', 'tables.requests.carriedOver.total']);
  return both === mention.value;
}

/** Numbers in the text that name a table quantity, compared with it; outcome words that are not the table's terms. */
export function checkCounts(report: Report, covered: Covered = nothingCovered): Finding[] {
  return narrativeFields(report).flatMap((field) => {
    const seen = new Set<string>();
    return findCountMentions(field.value, { year: report.meta.year, aboutApplications: field.aboutApplications }).flatMap((mention): Finding[] => {
      const target = targetOf(mention);
      if (!target || covered(field.path, mention.start)) return [];
      const expected = tableSum(report, target.cells);
      const key = `${mention.start}:${target.place}`;
      if (seen.has(key)) return [];
      seen.add(key);
      const cells = [field.path, ...target.cells];
      if (mention.kind === 'outcome-term') {
        const row = outcomeById[mention.outcome];
        const agrees = expected === undefined || expected === mention.value;
        return [{
          severity: narrativeSeverity,
          rule: 'narrative-outcome-term',
          cells,
          ...(expected === undefined ? {} : { expected }),
          actual: mention.value,
          message: `正文“${mention.quote}”：依申请公开的办理结果应使用表三的用语“${row.term}”，不宜写作“${mention.word}”${agrees ? '' : `；且表三「${row.name}」为 ${expected} 件，正文写的是 ${mention.value} 件`}`,
        }];
      }
      if (expected === undefined || expected === mention.value || receivedWithCarriedOver(report, mention)) return [];
      return [{
        severity: narrativeSeverity,
        rule: 'narrative-count',
        cells,
        expected,
        actual: mention.value,
        message: `正文“${mention.quote}”写的是 ${mention.value}，而${target.place}为 ${expected}，请核对正文或表格`,
      }];
    });
  });
}
