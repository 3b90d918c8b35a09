import type { Phrase } from './phrases.ts';

/**
 * A fourth batch, written after the third batch passed and scored before any change to the check (its first score
 * is in the report of issue 11). Many sentences share the table's words while counting something else.
 */
export const fourthBatch: readonly Phrase[] = [
  { part: 'requests', text: '本年度，我局共收到并办理政府信息公开申请18件，同比增长5.9%。', states: [['received', 18]] },
  { part: 'applications', text: '全年新收申请18件，加上上年结转的2件，共计20件。', states: [['received', 18], ['carriedOver', 2]] },
  { part: 'requests', text: '在收到的申请中，通过信函方式提交10件，通过互联网提交8件。', states: [] },
  { part: 'applications', text: '全年受理的申请均已在法定期限内答复，答复18件，无行政复议。', states: [['answered', 18]] },
  { part: 'requests', text: '收到申请十八件，已全部答复完毕，其中予以公开七件。', states: [['received', 18], ['disclosed', 7]] },
  { part: 'applications', text: '收到的申请中，申请公开环境监测数据的7件、项目审批信息的5件。', states: [] },
  { part: 'requests', text: '依法作出不予公开决定2件，作出部分公开答复3件。', states: [['declined', 2], ['partlyDisclosed', 3]] },
  { part: 'applications', text: '其他处理1件，系申请人逾期未补正。', states: [['otherHandling', 1]] },
  { part: 'requests', text: '不予处理的1件为重复申请。', states: [['notProcessed', 1]] },
  { part: 'applications', text: '本年度共收到政府信息公开申请18件，较2024年的15件增加3件。', states: [['received', 18]] },
  { part: 'requests', text: '本年度无法提供的4件，均为本机关不掌握相关信息。', states: [['unavailable', 4]] },
  { part: 'management', text: '本年度我局未制定规章，制发行政规范性文件6件，均经合法性审核。', states: [['issued', 6]] },
  { part: 'management', text: '根据上级部署，开展规范性文件清理，废止4件，继续有效57件。', states: [['repealed', 4]] },
  { part: 'management', text: '本年度对3件规范性文件开展了政策解读，对5件规范性文件开展了后评估。', states: [] },
  { part: 'management', text: '截至目前，我局现行有效规范性文件共57件，均在门户网站公开。', states: [['inForce', 57]] },
  { part: 'management', text: '今年新印发规范性文件6件，上年印发8件。', states: [['issued', 6]] },
  { part: 'appeals', text: '本年度没有发生政府信息公开行政复议案件，行政诉讼案件7件。', states: [['suits', 7]] },
  { part: 'appeals', text: '对行政复议决定不服提起行政诉讼2件。', states: [['suitsAfterReview', 2]] },
  { part: 'appeals', text: '复议结果维持2件、纠正1件，尚未审结1件。', states: [] },
  { part: 'active', text: '本年度办理行政许可事项二百三十件，办结率100%。', states: [['licensing', 230]] },
  { part: 'active', text: '本年度行政处罚案件立案52件，作出行政处罚决定41件。', states: [['punishment', 41]] },
  { part: 'active', text: '全年行政事业性收费共计3.6万元，均已上缴财政。', states: [['fees', 3.6]] },
  { part: 'activeSection', text: '本年度制发各类公文320件，其中主动公开180件，依申请公开3件，不予公开137件。', states: [] },
  { part: 'activeSection', text: '全年收到人大代表建议和政协提案共24件，全部按期办复。', states: [] },
  { part: 'applications', text: '依申请公开办理中发现政策咨询类诉求12件，已转为咨询答复。', states: [] },
  { part: 'applications', text: '收到12345热线转来的信息公开相关诉求6件，均已办结。', states: [] },
  { part: 'other', text: '本年度共向申请人发出收费通知0件，实际收取信息处理费0元。', states: [] },
  { part: 'intro', text: '本报告中所列数据的统计期限为2025年1月1日至12月31日，数据单位为件。', states: [] },
];
