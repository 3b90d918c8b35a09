import type { Phrase } from './phrases.ts';

/**
 * A third batch, written after the second batch passed and scored before any change to the check (its first
 * score is in the report of issue 11); kept apart so its figures can be printed on their own.
 */
export const thirdBatch: readonly Phrase[] = [
  { part: 'requests', text: '全年共计收到公众依申请公开18件，上年度结转申请2件，合计需办理20件。', states: [['received', 18], ['carriedOver', 2], ['receivedWithCarriedOver', 20]] },
  { part: 'applications', text: '本年度，局机关受理政府信息公开申请总计18件，办结率100%。', states: [['received', 18]] },
  { part: 'applications', text: '政府信息公开申请受理18件，按时办结18件。', states: [['received', 18]] },
  { part: 'requests', text: '其中自然人提出的申请占14件，法人或其他组织提出的申请占4件。', states: [['receivedNatural', 14], ['receivedOrgs', 4]] },
  { part: 'requests', text: '全年收到申请18件，其中：予以公开7件；部分公开3件；不予公开2件；无法提供4件。', states: [['received', 18], ['disclosed', 7], ['partlyDisclosed', 3], ['declined', 2], ['unavailable', 4]] },
  { part: 'applications', text: '申请办理结果为：同意公开7件，部分公开3件，不予公开2件。', states: [['disclosed', 7], ['partlyDisclosed', 3], ['declined', 2]] },
  { part: 'requests', text: '经审查，对7件申请予以公开，对3件申请部分公开。', states: [['disclosed', 7], ['partlyDisclosed', 3]] },
  { part: 'applications', text: '对4件申请告知申请人本机关不掌握相关政府信息。', states: [] },
  { part: 'applications', text: '截至2025年12月31日，已办结申请18件，尚有2件正在办理中。', states: [['answered', 18], ['carriedForward', 2]] },
  { part: 'management', text: '2025年出台行政规范性文件陆件。', states: [['issued', 6]] },
  { part: 'management', text: '全年共制定行政规范性文件6件、废止行政规范性文件4件，现行有效的行政规范性文件57件已在网站集中公布。', states: [['issued', 6], ['repealed', 4], ['inForce', 57]] },
  { part: 'management', text: '对照法律法规变化，废止规范性文件4件，修改规范性文件2件。', states: [['repealed', 4]] },
  { part: 'management', text: '建立规范性文件目录，目录收录现行有效规范性文件57件。', states: [['inForce', 57]] },
  { part: 'management', text: '全年共审核各科室拟发文件56件，其中以局名义制发规范性文件6件。', states: [] },
  { part: 'appeals', text: '本年度共收到政府信息公开类行政复议申请4件。', states: [['review', 4]] },
  { part: 'appeals', text: '因政府信息公开引发行政诉讼7件，其中复议后起诉2件。', states: [['suits', 7], ['suitsAfterReview', 2]] },
  { part: 'appeals', text: '全年行政复议被纠正1件，行政诉讼尚未审结2件。', states: [] },
  { part: 'active', text: '本年度共作出行政许可决定二百三十件。', states: [['licensing', 230]] },
  { part: 'active', text: '全年行政处罚41件，行政强制9件。', states: [['punishment', 41], ['coercion', 9]] },
  { part: 'active', text: '本机关行政事业性收费金额为3.6万元。', states: [['fees', 3.6]] },
  { part: 'activeSection', text: '在政府信息公开专栏更新“法定主动公开内容”栏目信息245条，发布规范性文件6件。', states: [] },
  { part: 'activeSection', text: '全年召开新闻发布会8场，发布权威信息96条。', states: [] },
  { part: 'other', text: '本年度发出收费通知1件，收取信息处理费0.02万元。', states: [] },
  { part: 'applications', text: '依申请公开答复平均用时9个工作日，较法定时限缩短一半。', states: [] },
  { part: 'requests', text: '申请内容主要涉及规划审批、项目环评，分别为8件和6件。', states: [] },
];
