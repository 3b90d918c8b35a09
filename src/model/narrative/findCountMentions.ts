import { rowLabelOf } from '../cellCatalog.ts';
import { cellPlaceInFull } from '../cellPlaceInFull.ts';
import { applicantOfClause } from './applicantCounts.ts';
import { numberSource, parseCount } from '../chineseNumber.ts';
import { countQuantities } from './countQuantities.ts';
import { applicationUnits, type Reading } from './countWords.ts';
import { applicationSentences } from './applicationSentences.ts';
import { countReadingLimits, type CountMention, type CountMentions, type MentionBase, type MentionOptions } from './countMention.ts';
import { outcomeSynonyms } from './outcomeRows.ts';
import { notRegulatoryCount, regulatoryLeads, regulatoryNames, type RegulatoryColumn, type RegulatoryRow } from './regulatoryCounts.ts';
import { jointCount } from './jointCounts.ts';
import { outcomeChain, termAfterNumber } from './outcomeReadings.ts';
import { SentenceScan, type CountKind } from './regulatorySubject.ts';
import { quoteAround, textSentences } from './textSentences.ts';

const numberPattern = new RegExp(`(?<![0-9０-９.．第每零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟])(${numberSource})\\s*`, 'g');
const anyUnit = /^(?:件|条|项|起|宗|万元|部|个)/;
const clauseMark = /[，,；;：:、（）()【】「」“”"\[\]]/;
const clauseMarkNotList = /[，,；;：:（）()【】「」“”"\[\]]/;
/** A name stands within a few words before its number: the clause is read back at most this far (keeps the check linear). */
const leadLimit = 40;
const bothInstruments = (lead: string) => /规章(?!制度)/.test(lead) && /规范性文件/.test(lead);
// "制定和废止规范性文件5件": two columns counted together.
const verbColumns = [/制发|制定|出台|印发/, /废止|失效|废除/, /现行有效/];
const joinedColumns = (lead: string) => verbColumns.filter((verb) => verb.test(lead)).length > 1;

const countUnitOf = (rest: string): string | undefined => /^(?:件次|件|条|起|宗)/.exec(rest)?.[0];

/** The text before a position, back to the last clause mark (and at most `leadLimit` characters). */
function clauseBefore(text: string, position: number, marks = clauseMark): { lead: string; start: number } {
  const floor = Math.max(0, position - leadLimit);
  let start = position;
  while (start > floor && !marks.test(text[start - 1] ?? '')) start -= 1;
  return { lead: text.slice(start, position), start };
}

const regulatoryPlace = (row: RegulatoryRow, column: RegulatoryColumn) => cellPlaceInFull(`tables.active.${row}.${column}`);
/** 表三「一、本年新收政府信息公开申请数量 / 自然人」: the received row in full, then the applicant group's name. */
const receivedRow = rowLabelOf('tables.requests.received.total');

// The text parts change far less often than the tables (the checks run at every pause in table typing):
// what a text says is read once per text and year. A few recent texts, oldest dropped first.
const recentReads = new Map<string, CountMentions>();
const recentReadsKept = 32;

/** Every number in the text that names a table quantity, with what it names. Numbers of anything else are skipped. */
export function findCountMentions(text: string, options: MentionOptions): CountMentions {
  if (options.limits !== undefined) return readCountMentions(text, options);
  const key = `${options.year}|${options.aboutApplications === true ? 1 : 0}|${text}`;
  const known = recentReads.get(key);
  if (known !== undefined) return known;
  const read = readCountMentions(text, options);
  if (recentReads.size >= recentReadsKept) recentReads.delete(recentReads.keys().next().value as string);
  recentReads.set(key, read);
  return read;
}

function readCountMentions(text: string, options: MentionOptions): CountMentions {
  const limits = options.limits ?? countReadingLimits;
  const read = text.slice(0, limits.characters);
  const sentences = textSentences(read);
  const aboutApplications = applicationSentences(sentences, options.aboutApplications ?? false);
  // The report's year, and its last day (截至12月31日现行有效…), say nothing about which quantity a figure is.
  const thisYear = new RegExp(`(?:截至|截止|截止到|到)?(?:${options.year}年)?(?:12月31日|年底|年末)|${options.year}年度?|本年度?|今年`, 'g');
  const mentions: CountMention[] = [];
  let numbers = 0;
  for (const [index, sentence] of sentences.entries()) {
    const scan = new SentenceScan(sentence.text);
    const applications = aboutApplications[index] ?? false;
    for (const match of sentence.text.matchAll(numberPattern)) {
      const value = parseCount(match[1] ?? '');
      if (value === undefined) continue;
      const afterNumber = match.index + match[0].length;
      const rest = sentence.text.slice(afterNumber, afterNumber + 3);
      // Most numbers (人次, %, dates) have no counting unit: nothing to classify.
      if (!anyUnit.test(rest)) continue;
      numbers += 1;
      if (numbers > limits.countedNumbers) return { mentions, readUpTo: sentence.start + match.index };
      const { lead, start: leadStart } = clauseBefore(sentence.text, match.index);
      scan.advance(leadStart, match.index);
      // The report's own year says nothing about which quantity this is.
      const leadWithoutYear = lead.replace(thisYear, '');
      const base = (unitLength: number): MentionBase => {
        const start = sentence.start + match.index;
        const end = sentence.start + afterNumber + unitLength;
        return { value, start, end, quote: quoteAround(text, sentence.start + leadStart, end), sentence };
      };
      const found: CountMention[] = [];
      const quantity = (unitLength: number, id: string, place: string, readings: readonly Reading[]) =>
        found.push({ ...base(unitLength), kind: 'quantity', quantity: id, place, readings });
      let counted: CountKind = { kind: 'other' };
      const applicationUnit = applicationUnits.exec(rest);

      // 予以公开及部分公开30件: a sum of outcomes, not one of them.
      const wide = clauseBefore(sentence.text, match.index, clauseMarkNotList).lead.replace(thisYear, '');
      const chain = applications && applicationUnit ? outcomeChain(wide) : undefined;
      if (chain && applicationUnit) {
        const cells = chain.flatMap((row) => row.cells);
        quantity(applicationUnit[0].length, chain.map((row) => row.id).join('+'), `表三${chain.map((row) => `「${row.name}」`).join('与')}之和`, [{ cells }]);
      }

      // 行政复议和行政诉讼共11件, 收到公民、法人和其他组织申请18件: one figure for several rows or all columns.
      const joint = jointCount(wide);
      const unit = countUnitOf(rest);
      if (joint && unit) quantity(unit.length, joint.id, joint.place, joint.readings);

      for (const q of chain || joint ? [] : countQuantities) {
        const unit = q.units.exec(rest);
        if (!unit || !q.lead.test(lead)) continue;
        if (q.exclude?.test(leadWithoutYear)) continue;
        if (q.applicationsOnly && !applications) continue;
        quantity(unit[0].length, q.id, q.place, [{ cells: q.cells }, ...(q.otherReadings ?? [])]);
        if (q.id === 'received') counted = { kind: 'received' };
      }

      // 收到自然人申请11件 / 其中自然人10件: the applicant's column of 一、本年新收.
      const applicant = applicationUnit && !joint ? applicantOfClause(lead, leadWithoutYear) : undefined;
      if (applicationUnit && applicant && (!applicant.needsReceivedBefore || (applications && scan.followsReceived()))) {
        quantity(applicationUnit[0].length, `received.${applicant.group.id}`, `表三「${receivedRow} / ${applicant.group.name}」`, applicant.group.readings);
        counted = { kind: 'received' };
      }

      // 其中3件予以公开: the term after the number.
      const afterUnit = applicationUnit ? sentence.text.slice(afterNumber + applicationUnit[0].length, afterNumber + applicationUnit[0].length + 20) : '';
      const after = applications && applicationUnit ? termAfterNumber(lead, afterUnit) : undefined;
      if (after && applicationUnit) quantity(applicationUnit[0].length, after.id, after.place, [{ cells: after.cells }]);

      const regulatoryUnit = /^(?:件|部|个)(?![次人])/.exec(rest);
      if (regulatoryUnit && !notRegulatoryCount.test(leadWithoutYear) && !bothInstruments(lead) && !joinedColumns(lead)) {
        for (const { column, named, bare } of regulatoryLeads) {
          const namedMatch = named.exec(lead);
          const row = namedMatch
            ? (namedMatch.slice(1).find(Boolean) === regulatoryNames.regulations ? 'regulations' : 'normativeDocuments')
            : bare.test(lead.trim()) ? scan.regulatorySubject() : undefined;
          if (!row) continue;
          quantity(regulatoryUnit[0].length, `${row}.${column}`, regulatoryPlace(row, column), [{ cells: [`tables.active.${row}.${column}`] }]);
          counted = { kind: 'regulatory', row };
        }
      }

      const termUnit = /^(?:件次|件|起|宗)/.exec(rest);
      if (!chain && termUnit && applications && !/属于|已|因|由于/.test(lead)) {
        for (const synonym of outcomeSynonyms) {
          const word = synonym.lead.exec(lead)?.[0].replace(/(?:共计?|合计|总计|累计|为|达到?|了|有|的|\s)+$/, '');
          if (word === undefined) continue;
          found.push({ ...base(termUnit[0].length), kind: 'outcome-term', outcome: synonym.outcome, word });
        }
      }
      scan.counted(counted);
      mentions.push(...found);
    }
  }
  return { mentions, readUpTo: read.length };
}
