import type { CellValue } from '../../../../src/model/cellValue.ts';
import type { QuantityKey } from './corpusTable.ts';

/** Where a sentence stands: 三's paragraph, a sub-section of 一 (by its heading), 二/四's paragraphs, the intro, 六. */
export type CorpusPart = 'requests' | 'applications' | 'activeSection' | 'management' | 'active' | 'appeals' | 'intro' | 'other';

export type Phrase = {
  readonly text: string;
  readonly part: CorpusPart;
  /** The figures the sentence states, each against the table (empty: it states none of the table's figures). */
  readonly states: readonly (readonly [QuantityKey, number])[];
  /** Cells of the corpus table this sentence's agency has otherwise. */
  readonly table?: Readonly<Record<string, CellValue>>;
};

const onlyNaturalPersons = {
  'tables.requests.received.natural': 11,
  'tables.requests.received.commercial': 0,
  'tables.requests.received.legalService': 0,
};

// Sentences written for this corpus, for fictional agencies, in the ways agencies phrase their counts.
export const phrases: readonly Phrase[] = [
  // 收到 / 受理 / 新收: units 件, 条, 件次; Chinese numerals; fillers.
  { part: 'requests', text: '本年度共收到政府信息公开申请18件。', states: [['received', 18]] },
  { part: 'requests', text: '全年新收政府信息公开申请十八件。', states: [['received', 18]] },
  { part: 'applications', text: '2025年，我局共受理依申请公开事项18件。', states: [['received', 18]] },
  { part: 'applications', text: '全年共收到各类政府信息公开申请18条，均已按法定程序办理。', states: [['received', 18]] },
  { part: 'applications', text: '本年度收到依申请公开政府信息18件。', states: [['received', 18]] },
  { part: 'requests', text: '本机关全年接收公众提交的政府信息公开申请共计18件次。', states: [['received', 18]] },
  { part: 'applications', text: '依申请公开方面，上年结转2件，本年新收18件。', states: [['carriedOver', 2], ['received', 18]] },
  { part: 'requests', text: '今年我委收到申请18件，比上一年减少3件。', states: [['received', 18]] },
  { part: 'applications', text: '本年度依申请公开工作平稳，收到申请总数为18件。', states: [['received', 18]] },
  { part: 'requests', text: '全年受理申请20件（含上年结转2件）。', states: [['receivedWithCarriedOver', 20], ['carriedOver', 2]] },
  { part: 'applications', text: '本年度共收到各类主体提出的政府信息公开申请一十八件。', states: [['received', 18]] },
  { part: 'requests', text: '2025年度，本单位收到申请共计18件，上年度结转2件。', states: [['received', 18], ['carriedOver', 2]] },
  { part: 'requests', text: '本年度收到政府信息公开申请18条，上年结转2条，办结18条，结转下年度2条。', states: [['received', 18], ['carriedOver', 2], ['answered', 18], ['carriedForward', 2]] },

  // Applicants: the column of 一、本年新收.
  { part: 'applications', text: '本年度收到自然人政府信息公开申请11条。', states: [['receivedNatural', 11]], table: onlyNaturalPersons },
  { part: 'requests', text: '全年受理自然人提出的申请11件，未收到法人或其他组织的申请。', states: [['receivedNatural', 11]], table: onlyNaturalPersons },
  { part: 'requests', text: '本年度收到自然人申请14件，法人或其他组织申请4件。', states: [['receivedNatural', 14], ['receivedOrgs', 4]] },
  { part: 'applications', text: '全年共受理政府信息公开申请18件，其中自然人申请14件，商业企业申请3件，法律服务机构申请1件。', states: [['received', 18], ['receivedNatural', 14], ['receivedCommercial', 3], ['receivedLegal', 1]] },
  { part: 'requests', text: '本年度新收申请18件，其中来自公民的申请14件。', states: [['received', 18], ['receivedNatural', 14]] },
  { part: 'applications', text: '本年度新收申请18件，自然人提出14件。', states: [['received', 18], ['receivedNatural', 14]] },
  { part: 'applications', text: '共受理公民、法人和其他组织政府信息公开申请18件。', states: [['received', 18]] },
  { part: 'requests', text: '本年收到法人或其他组织申请4件。', states: [['receivedOrgs', 4]] },
  { part: 'requests', text: '收到申请18件，其中企业申请3件。', states: [['received', 18], ['receivedCommercial', 3]] },

  // Outcomes: after 其中, in lists, in 条, with Chinese numerals.
  { part: 'requests', text: '收到申请18件，其中予以公开7件、部分公开3件、不予公开2件。', states: [['received', 18], ['disclosed', 7], ['partlyDisclosed', 3], ['declined', 2]] },
  { part: 'applications', text: '全年共收到政府信息公开申请18条。其中，予以公开7条，部分公开3条，无法提供4条。', states: [['received', 18], ['disclosed', 7], ['partlyDisclosed', 3], ['unavailable', 4]] },
  { part: 'requests', text: '办理结果方面，予以公开七件，部分公开三件，不予公开两件，无法提供四件，不予处理一件，其他处理一件。', states: [['disclosed', 7], ['partlyDisclosed', 3], ['declined', 2], ['unavailable', 4], ['notProcessed', 1], ['otherHandling', 1]] },
  { part: 'applications', text: '所有申请均已依法答复，其中予以公开的7件，部分公开的3件。', states: [['disclosed', 7], ['partlyDisclosed', 3]] },
  { part: 'requests', text: '本年度共办结申请18件（其中予以公开7件，不予处理1件）。', states: [['answered', 18], ['disclosed', 7], ['notProcessed', 1]] },
  { part: 'applications', text: '从办理结果看：予以公开7件，占38.9%；部分公开3件。', states: [['disclosed', 7], ['partlyDisclosed', 3]] },
  { part: 'applications', text: '申请答复率100%，其中予以公开7件，占比38.9%。', states: [['disclosed', 7]] },
  { part: 'applications', text: '全年收到申请18件。其中予以公开7件，无法提供4件。', states: [['received', 18], ['disclosed', 7], ['unavailable', 4]] },
  { part: 'requests', text: '收到申请18件，答复情况为同意公开7件、部分公开3件。', states: [['received', 18], ['disclosed', 7], ['partlyDisclosed', 3]] },

  // The number before the term.
  { part: 'requests', text: '对收到的申请，7件予以公开，3件部分公开，2件不予公开。', states: [['disclosed', 7], ['partlyDisclosed', 3], ['declined', 2]] },
  { part: 'applications', text: '其中3件部分公开，4件无法提供。', states: [['partlyDisclosed', 3], ['unavailable', 4]] },
  { part: 'requests', text: '另有1件作不予处理，1件作其他处理。', states: [['notProcessed', 1], ['otherHandling', 1]] },
  { part: 'requests', text: '依法作出答复的申请中，有7件予以公开。', states: [['disclosed', 7]] },
  { part: 'applications', text: '截至12月31日，尚有2件结转至下一年度继续办理。', states: [['carriedForward', 2]] },

  // Sums of outcomes.
  { part: 'requests', text: '予以公开及部分公开的申请共10件。', states: [['disclosedOrPartly', 10]] },
  { part: 'applications', text: '全年受理申请18件，予以公开、部分公开合计10件，其余依法答复。', states: [['received', 18], ['disclosedOrPartly', 10]] },
  { part: 'applications', text: '收到申请18件，予以公开和部分公开10件，占全部申请的一半以上。', states: [['received', 18], ['disclosedOrPartly', 10]] },

  // Carried over, answered, carried forward.
  { part: 'requests', text: '上年结转的政府信息公开申请2件已全部办结。', states: [['carriedOver', 2]] },
  { part: 'applications', text: '本年度办结申请18件，结转下年度继续办理2件。', states: [['answered', 18], ['carriedForward', 2]] },
  { part: 'applications', text: '全年共答复政府信息公开申请18件。', states: [['answered', 18]] },
  { part: 'requests', text: '本年度办理完毕的申请共18件，另有2件结转下年度继续办理。', states: [['answered', 18], ['carriedForward', 2]] },

  // 规范性文件 and 规章.
  { part: 'management', text: '2025年，本局新制定行政规范性文件6件，废止4件，现行有效57件。', states: [['issued', 6], ['repealed', 4], ['inForce', 57]] },
  { part: 'management', text: '全年印发规范性文件六件。', states: [['issued', 6]] },
  { part: 'management', text: '经清理，废止或宣布失效规范性文件4件。', states: [['repealed', 4]] },
  { part: 'active', text: '截至年底，本机关现行有效的行政规范性文件共57件。', states: [['inForce', 57]] },
  { part: 'management', text: '规范性文件现行有效57件，本年制发6件。', states: [['inForce', 57], ['issued', 6]] },
  { part: 'management', text: '本年度未制定规章，出台规范性文件6件，宣布失效4件。', states: [['issued', 6], ['repealed', 4]] },
  { part: 'active', text: '全年制发规章0件，制发行政规范性文件6件。', states: [['regulationsIssued', 0], ['issued', 6]] },
  { part: 'management', text: '本年共废止规范性文件4件，现行有效规范性文件57件。', states: [['repealed', 4], ['inForce', 57]] },

  // 行政复议, 行政诉讼.
  { part: 'appeals', text: '本年度因政府信息公开被申请行政复议4件。', states: [['review', 4]] },
  { part: 'appeals', text: '全年发生政府信息公开行政复议案件四起，其中维持2起。', states: [['review', 4]] },
  { part: 'appeals', text: '本年度被提起行政诉讼7件，其中未经复议直接起诉5件，复议后起诉2件。', states: [['suits', 7], ['suitsDirect', 5], ['suitsAfterReview', 2]] },
  { part: 'appeals', text: '本年度发生行政诉讼5件，均为直接向法院起诉。', states: [['suitsDirect', 5]] },
  { part: 'appeals', text: '涉及本机关的行政诉讼案件共7起。', states: [['suits', 7]] },
  { part: 'appeals', text: '行政复议和行政诉讼共11件。', states: [['appealsAll', 11]] },

  // 表二's decisions and fees.
  { part: 'active', text: '全年作出行政许可决定230件，行政处罚决定41件，行政强制决定9件。', states: [['licensing', 230], ['punishment', 41], ['coercion', 9]] },
  { part: 'active', text: '收取行政事业性收费3.6万元。', states: [['fees', 3.6]] },
  { part: 'active', text: '行政处罚决定四十一件，较上年增加5件。', states: [['punishment', 41]] },
  { part: 'active', text: '本年度作出行政强制决定9件，未收取行政事业性收费以外的费用。', states: [['coercion', 9]] },

  // Numbers of other things, in sentences sharing the table's words: nothing stated.
  { part: 'management', text: '完成历史公文清理转换21件（其中现行有效15件，废止6件）。', states: [] },
  { part: 'management', text: '组织开展历史文件梳理工作，整理转换9件（其中继续有效7件，宣布失效2件）。', states: [] },
  { part: 'management', text: '对现行规范性文件开展合法性审查9件，备案审查5件。', states: [] },
  { part: 'management', text: '修订完善内部管理制度8件，起草规范性文件草案3件。', states: [] },
  { part: 'management', text: '全年办理局党组会议议题30件，审议规范性文件草案5件。', states: [] },
  { part: 'management', text: '本局无规章制定权，规范性文件清理工作涉及文件48件。', states: [] },
  { part: 'activeSection', text: '通过门户网站主动公开政府信息1260条，其中规范性文件类信息24条。', states: [] },
  { part: 'activeSection', text: '主动公开规范性文件6件，发布政策解读6篇。', states: [] },
  { part: 'activeSection', text: '全年发布政策解读材料15篇，回应社会关切6次。', states: [] },
  { part: 'activeSection', text: '组织政务公开培训4期，参训干部130人次。', states: [] },
  { part: 'activeSection', text: '政府网站全年访问量达52万人次，较上年增长12%。', states: [] },
  { part: 'activeSection', text: '编发政务公开工作简报12期，发布新闻稿件40篇。', states: [] },
  { part: 'activeSection', text: '第一季度发布信息320条，第二季度发布信息410条。', states: [] },
  { part: 'activeSection', text: '新建专栏5个，更新栏目信息680条。', states: [] },
  { part: 'activeSection', text: '办理人大代表建议15件、政协提案9件，办复率100%。', states: [] },
  { part: 'activeSection', text: '全年通过政务新媒体发布信息2100余条，其中原创600条。', states: [] },
  { part: 'other', text: '咨询电话：0551-62998877，工作时间9:00至17:30。', states: [] },
  { part: 'intro', text: '本报告统计期限自2025年1月1日起至2025年12月31日止。', states: [] },
  { part: 'other', text: '本年度共发出收费通知0件，收取信息处理费0元。', states: [] },
  { part: 'applications', text: '受理群众来信来访23件，均已按时回复。', states: [] },
  { part: 'applications', text: '通过网上平台提交的申请11件，信函申请7件。', states: [] },
  { part: 'requests', text: '近五年累计收到申请96件。', states: [] },
  { part: 'applications', text: '2024年收到申请25件，今年有所减少。', states: [] },
  { part: 'applications', text: '2025年3月至12月共受理申请15件。', states: [] },
  { part: 'applications', text: '收到申请后，平均答复时间为8个工作日。', states: [] },
  { part: 'applications', text: '对申请人所需信息已主动公开的，告知获取途径3件。', states: [] },
  { part: 'applications', text: '工作人员在收到申请当日登记，3个工作日内完成审核。', states: [] },
  { part: 'applications', text: '电话咨询依申请公开事项35次，现场指导12人次。', states: [] },
  { part: 'requests', text: '在法定期限内答复16件，延期答复2件。', states: [] },
  { part: 'requests', text: '受理的申请中，涉及征地拆迁的有9件，涉及环境信息的有6件。', states: [] },
  { part: 'applications', text: '因属于过程性信息不予公开1件。', states: [] },
  { part: 'requests', text: '收到申请18件，其中自然人申请予以公开6件，上年结转的申请中予以公开1件。', states: [['received', 18]] },
  { part: 'management', text: '开展保密审查320条次，未发生泄密事件。', states: [] },
  { part: 'appeals', text: '近三年未发生因政府信息公开引起的行政诉讼。', states: [] },
  { part: 'appeals', text: '行政复议申请人共6人，涉及申请事项8件。', states: [] },
  { part: 'activeSection', text: '我局共对外制发文件41件，公开发布39件，不予公开2件。', states: [] },
  { part: 'applications', text: '本年度共报送各类文件10件，其中主动公开1件、依申请公开8件，不予公开1件。', states: [] },
];
