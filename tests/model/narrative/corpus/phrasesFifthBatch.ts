import type { Phrase } from './phrases.ts';

/**
 * A fifth batch (issue 24): counts stated with 受理, in the ways agencies write them — "受理依申请公开信息 N 件",
 * "依申请公开受理量", "受理…申请及…" — and sentences with 受理 that count something else. Written for fictional
 * agencies; scored before the check was changed for it (the scores are in the report of issue 24).
 */
export const fifthBatch: readonly Phrase[] = [
  { part: 'applications', text: '2025年，本局共受理依申请公开信息18件，均在法定期限内答复。', states: [['received', 18]] },
  { part: 'requests', text: '全年受理依申请公开信息十八件。', states: [['received', 18]] },
  { part: 'applications', text: '本年度受理依申请公开18件，其中自然人14件，法人或其他组织4件。', states: [['received', 18], ['receivedNatural', 14], ['receivedOrgs', 4]] },
  { part: 'requests', text: '依申请公开信息受理18件，已全部办结。', states: [['received', 18]] },
  { part: 'applications', text: '本年度依申请公开受理量为18件，较上年略有增加。', states: [['received', 18]] },
  { part: 'requests', text: '共受理依申请公开政府信息18件，上年结转2件。', states: [['received', 18], ['carriedOver', 2]] },
  { part: 'applications', text: '我局本年共计受理依申请公开类信息18件，办结18件，结转下年度2件。', states: [['received', 18], ['answered', 18], ['carriedForward', 2]] },
  { part: 'requests', text: '受理依申请公开信息共计18件，予以公开7件，部分公开3件。', states: [['received', 18], ['disclosed', 7], ['partlyDisclosed', 3]] },
  { part: 'applications', text: '一年来受理依申请公开政府信息事项18件。', states: [['received', 18]] },
  { part: 'requests', text: '本年度受理依申请公开信息申请18件。', states: [['received', 18]] },
  { part: 'applications', text: '全年依法受理依申请公开事项共18项。', states: [['received', 18]] },
  { part: 'requests', text: '2025年度受理依申请公开18宗。', states: [['received', 18]] },
  { part: 'applications', text: '受理依申请公开信息18件（含网上申请11件）。', states: [['received', 18]] },
  { part: 'requests', text: '本年度共受理自然人依申请公开信息14件。', states: [['receivedNatural', 14]] },
  // 受理 of something else, or no count of the table.
  { part: 'applications', text: '依申请公开信息的平均受理时间为8个工作日。', states: [] },
  { part: 'applications', text: '本年度受理依申请公开咨询电话40余次，现场接待群众12人次。', states: [] },
  { part: 'applications', text: '受理依申请公开信息的窗口设在政务服务中心2楼。', states: [] },
  { part: 'activeSection', text: '全年受理政务服务事项6200件，均已在平台公开办理结果。', states: [] },
  { part: 'applications', text: '本年度通过12345热线受理群众诉求35件，未涉及依申请公开。', states: [] },
  { part: 'requests', text: '受理的依申请公开信息中，涉及规划审批的6件，涉及不动产登记的4件。', states: [] },
  { part: 'applications', text: '依申请公开受理渠道有3个：当面、信函和网上申请。', states: [] },
];
