import { rowLabelOf } from '../cellCatalog.ts';
import type { Finding } from '../finding.ts';
import type { Report } from '../reportSchema.ts';
import { narrativeFields } from './narrativeFields.ts';
import { ruleSeverity } from '../../template/reportRules.ts';
import { tableSum } from './tableSum.ts';
import { textSentences } from './textSentences.ts';

// 均已按时答复 / 全部办结 / 均在期限内依法规范答复 / 已全部办理完毕
const allAnswered = /(?:均|全部|全都|都|一律|悉数)(?:已|已经|能|得到)?(?:在(?:法定)?(?:期限|时限)内|按时|按期|及时|依法|规范|予以|完成|办理|全部|按规定)*(?:答复|办结|办理完毕|办理完成|处理完毕)(?!率)/;
// Only when the sentence is about applications, and neither about carried-over ones nor "all but those carried forward".
const aboutApplications = /申请|依申请/;

/** "均已按时答复/全部办结" while some applications are carried forward to next year. */
export function checkAllAnswered(report: Report): Finding[] {
  const carriedForward = tableSum(report, ['tables.requests.carriedForward.total']);
  if (carriedForward === undefined || carriedForward === 0) return [];
  return narrativeFields(report).flatMap((field) =>
    textSentences(field.value).flatMap((sentence): Finding[] => {
      const match = allAnswered.exec(sentence.text);
      if (!match || !(field.aboutApplications || aboutApplications.test(sentence.text)) || /结转|除|其余|其他|以外|之外/.test(sentence.text.slice(0, match.index))) return [];
      const from = Math.max(0, sentence.text.slice(0, match.index).search(/[^，,；;：:]*$/));
      const quote = sentence.text.slice(from, match.index + match[0].length).trim();
      return [{
        severity: ruleSeverity('narrative-all-answered'),
        rule: 'narrative-all-answered',
        cells: [field.path, 'tables.requests.carriedForward.total'],
        expected: 0,
        actual: carriedForward,
        message: `正文说“${quote}”，而表三「${rowLabelOf('tables.requests.carriedForward.total')}」为 ${carriedForward} 件，尚有申请未办结，请改写（如“除结转下年度的${carriedForward}件外均已按时答复”）`,
      }];
    }),
  );
}
