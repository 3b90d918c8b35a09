import type { Phrase } from './phrases.ts';

/**
 * A second batch, written after the first batch passed and scored before any change to the check (first score:
 * see the report of issue 11); kept apart so its figures can be printed on their own.
 */
export const secondBatch: readonly Phrase[] = [
  { part: 'requests', text: '2025年，本机关新收政府信息公开申请共18件，同比下降10%。', states: [['received', 18]] },
  { part: 'applications', text: '一年来，共接到群众、企业的政府信息公开申请18件次，全部按期答复。', states: [['received', 18]] },
  { part: 'requests', text: '本年度，我办收到的政府信息公开申请数量为18件。', states: [['received', 18]] },
  { part: 'applications', text: '全年累计受理各类依申请公开18条，其中自然人14条、法人或其他组织4条。', states: [['received', 18], ['receivedNatural', 14], ['receivedOrgs', 4]] },
  { part: 'requests', text: '申请人中，自然人提出申请14件，商业企业提出申请3件。', states: [['receivedNatural', 14], ['receivedCommercial', 3]] },
  { part: 'applications', text: '在办理结果上，予以公开7件，部分公开3件，不予公开2件，无法提供4件，不予处理1件，其他处理1件。', states: [['disclosed', 7], ['partlyDisclosed', 3], ['declined', 2], ['unavailable', 4], ['notProcessed', 1], ['otherHandling', 1]] },
  { part: 'requests', text: '已办结的18件申请中，予以公开7件，部分公开3件。', states: [['answered', 18], ['disclosed', 7], ['partlyDisclosed', 3]] },
  { part: 'applications', text: '依申请公开办理情况：共收到申请十八件，答复十八件，结转下年度二件。', states: [['received', 18], ['answered', 18], ['carriedForward', 2]] },
  { part: 'requests', text: '对不属于本机关职责的4件申请，告知申请人向有关机关申请，均按无法提供答复。', states: [] },
  { part: 'applications', text: '其中，予以公开和部分公开的共10件，占比55.6%。', states: [['disclosedOrPartly', 10]] },
  { part: 'requests', text: '本年度全部公开7件，不予公开2件。', states: [['disclosed', 7], ['declined', 2]] },
  { part: 'applications', text: '本年度受理的申请中有2件因涉及商业秘密不予公开。', states: [] },
  { part: 'requests', text: '上年度结转申请2件，本年度均已办结。', states: [['carriedOver', 2]] },
  { part: 'applications', text: '截至年底，共办结政府信息公开申请18件，另有2件因需征求第三方意见结转下年度办理。', states: [['answered', 18], ['carriedForward', 2]] },
  { part: 'management', text: '本年度我局共出台行政规范性文件6件，宣布废止4件，截至12月31日现行有效行政规范性文件57件。', states: [['issued', 6], ['repealed', 4], ['inForce', 57]] },
  { part: 'management', text: '全年新增规范性文件6件，废止规范性文件4件。', states: [['issued', 6], ['repealed', 4]] },
  { part: 'management', text: '开展规范性文件专项清理，共梳理文件120件，其中拟废止12件、拟修改9件。', states: [] },
  { part: 'management', text: '起草并经集体审议通过规范性文件6件，均按规定报送备案。', states: [] },
  { part: 'active', text: '全年制发规范性文件6件、废止4件，目前现行有效57件。', states: [['issued', 6], ['repealed', 4], ['inForce', 57]] },
  { part: 'appeals', text: '全年共发生政府信息公开行政复议案件4件，行政诉讼案件7件。', states: [['review', 4], ['suits', 7]] },
  { part: 'appeals', text: '本年度政府信息公开类行政复议4起，均已审结3起。', states: [['review', 4]] },
  { part: 'appeals', text: '全年涉及政府信息公开的行政诉讼5件（复议后起诉2件未计入）。', states: [['suitsDirect', 5], ['suitsAfterReview', 2]] },
  { part: 'active', text: '本年度实施行政处罚41件，作出行政强制决定9件。', states: [['punishment', 41], ['coercion', 9]] },
  { part: 'active', text: '全年办理行政许可事项230件，收取行政事业性收费3.6万元。', states: [['licensing', 230], ['fees', 3.6]] },
  { part: 'activeSection', text: '2025年，在政府门户网站公开各类信息1843条，公开规范性文件6件。', states: [] },
  { part: 'activeSection', text: '累计举办政府开放日活动3场，邀请市民代表58人次参加。', states: [] },
  { part: 'activeSection', text: '在“政策文件”栏目发布文件35件，废止文件目录同步更新4件。', states: [] },
  { part: 'other', text: '本年度未收取信息处理费，无发出收费通知情况。', states: [] },
  { part: 'intro', text: '如对本报告有疑问，请与示例市生态环境局办公室联系（电话：0551-62998877）。', states: [] },
  { part: 'applications', text: '对12345热线转办的信息公开诉求14件，均在3个工作日内办结。', states: [] },
  { part: 'requests', text: '全年依申请公开件数共18件，较上年的12件有所增加。', states: [['received', 18]] },
  { part: 'applications', text: '收到申请18件（自然人14件，法人或其他组织4件），已全部答复。', states: [['received', 18], ['receivedNatural', 14], ['receivedOrgs', 4]] },
];
