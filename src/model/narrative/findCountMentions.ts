import { numberSource, parseCount } from './chineseNumber.ts';
import {
  countQuantities, regulatoryLeads, notRegulatoryCount, outcomeSynonyms,
  type RegulatoryColumn, type RegulatoryRow, type OutcomeId,
} from './countQuantities.ts';
import { quoteAround, textSentences, type Sentence } from './textSentences.ts';

type MentionBase = {
  readonly value: number;
  /** Offsets of the number and its unit in the field's text. */
  readonly start: number;
  readonly end: number;
  /** The clause around the number, for messages. */
  readonly quote: string;
  readonly sentence: Sentence;
};

export type CountMention =
  | (MentionBase & { readonly kind: 'quantity'; readonly quantity: string })
  | (MentionBase & { readonly kind: 'regulatory'; readonly row: RegulatoryRow; readonly column: RegulatoryColumn })
  | (MentionBase & { readonly kind: 'outcome-term'; readonly outcome: OutcomeId; readonly word: string });

export type MentionOptions = {
  readonly year: number;
  /** The whole field is about applications (三's own paragraph, 一's 依申请公开 sub-section). */
  readonly aboutApplications?: boolean;
};

const numberPattern = new RegExp(`(?<![0-9０-９.．第每零〇一二两三四五六七八九十百千])(${numberSource})\\s*`, 'g');
const anyUnit = /^(?:件|起|宗|万元|部|个)/;
const clauseMark = /[，,；;：:、（）()【】「」“”"\[\]]/;
const applicationWords = /收到|受理|新收|接收|办结|答复|办理结果|处理结果|办理情况|结转/;
const continuation = /^\s*(?:其中|办理结果|答复结果|处理结果|从办理结果|从答复|具体|上述|以上|所有|全部|均)/;
// In a 依申请公开 part, a sentence about documents, letters or proposals is still not about applications.
const otherSubject = /文件|发文|报送|来信|留言|咨询|建议|提案/;
const regulatoryMention = /规范性文件|规章(?!制度)/g;

/** The clause before a position: back to the last clause mark. */
function clauseBefore(text: string, position: number): { lead: string; start: number } {
  let start = position;
  while (start > 0 && !clauseMark.test(text[start - 1] ?? '')) start -= 1;
  return { lead: text.slice(start, position), start };
}

function regulatorySubject(sentenceText: string, upTo: number): RegulatoryRow | undefined {
  let subject: RegulatoryRow | undefined;
  for (const match of sentenceText.slice(0, upTo).matchAll(regulatoryMention)) {
    subject = match[0] === '规章' ? 'regulations' : 'normativeDocuments';
  }
  return subject;
}

/** Which sentences are about applications: they name 申请 with a receiving or handling word, or continue one that does. */
function applicationSentences(sentences: readonly Sentence[], whole: boolean): boolean[] {
  const flags: boolean[] = [];
  sentences.forEach((sentence, i) => {
    const own = /申请/.test(sentence.text) && applicationWords.test(sentence.text);
    const previous = sentences[i - 1];
    const continues = previous !== undefined && previous.paragraph === sentence.paragraph && (flags[i - 1] ?? false) && continuation.test(sentence.text);
    flags.push((whole && !otherSubject.test(sentence.text)) || own || continues);
  });
  return flags;
}

/** Every number in the text that names a table quantity, with what it names. Numbers of anything else are skipped. */
export function findCountMentions(text: string, options: MentionOptions): CountMention[] {
  const sentences = textSentences(text);
  const aboutApplications = applicationSentences(sentences, options.aboutApplications ?? false);
  const thisYear = new RegExp(`${options.year}年度?|本年度?|今年`, 'g');
  const mentions: CountMention[] = [];
  sentences.forEach((sentence, index) => {
    for (const match of sentence.text.matchAll(numberPattern)) {
      const written = match[1] ?? '';
      const value = parseCount(written);
      if (value === undefined) continue;
      const afterNumber = match.index + match[0].length;
      const rest = sentence.text.slice(afterNumber, afterNumber + 3);
      // Most numbers (条, 人次, %, dates) have no counting unit: nothing to classify.
      if (!anyUnit.test(rest)) continue;
      const { lead, start: leadStart } = clauseBefore(sentence.text, match.index);
      // The report's own year says nothing about which quantity this is.
      const leadWithoutYear = lead.replace(thisYear, '');
      const base = (unitLength: number): MentionBase => {
        const start = sentence.start + match.index;
        const end = sentence.start + afterNumber + unitLength;
        return { value, start, end, quote: quoteAround(text, sentence.start + leadStart, end), sentence };
      };

      for (const quantity of countQuantities) {
        const unit = quantity.units.exec(rest);
        if (!unit || !quantity.lead.test(lead)) continue;
        if (quantity.exclude?.test(leadWithoutYear)) continue;
        if (quantity.applicationsOnly && !aboutApplications[index]) continue;
        mentions.push({ ...base(unit[0].length), kind: 'quantity', quantity: quantity.id });
      }

      const regulatoryUnit = /^(?:件|部|个)(?![次人])/.exec(rest);
      if (regulatoryUnit && !notRegulatoryCount.test(leadWithoutYear)) {
        for (const { column, named, bare } of regulatoryLeads) {
          const namedMatch = named.exec(lead);
          const row: RegulatoryRow | undefined = namedMatch
            ? (namedMatch.slice(1).find(Boolean) === '规章' ? 'regulations' : 'normativeDocuments')
            : bare.test(lead.trim()) ? regulatorySubject(sentence.text, leadStart) : undefined;
          // A clause naming both 规章 and 规范性文件 counts them together: no single cell to compare.
          if (!row || (/规章(?!制度)/.test(lead) && /规范性文件/.test(lead))) continue;
          mentions.push({ ...base(regulatoryUnit[0].length), kind: 'regulatory', row, column });
        }
      }

      const termUnit = /^(?:件次|件|起|宗)/.exec(rest);
      if (termUnit && aboutApplications[index] && !/属于|已|因|由于/.test(lead)) {
        for (const synonym of outcomeSynonyms) {
          const found = synonym.lead.exec(lead);
          if (!found) continue;
          const word = found[0].replace(/(?:共计?|合计|总计|累计|为|达到?|了|有|的|\s)+$/, '');
          mentions.push({ ...base(termUnit[0].length), kind: 'outcome-term', outcome: synonym.outcome, word });
        }
      }
    }
  });
  return mentions;
}
