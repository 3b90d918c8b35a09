import type { TableId } from './tableTypes.ts';

// The six parts of the report, headings verbatim (条例 第五十条; 国办公开办函〔2021〕30号).
export type SectionId = 'overview' | 'active' | 'requests' | 'appeals' | 'problems' | 'other';

export type SectionDef = {
  readonly id: SectionId;
  readonly numeral: string;
  readonly heading: string;
  /** Short title for buttons and lists. */
  readonly short: string;
  readonly table?: TableId;
  /** One line on what the format requires of this part, shown to the clerk. */
  readonly requirement: string;
};

export const sections: readonly SectionDef[] = [
  {
    id: 'overview',
    numeral: '一',
    heading: '一、总体情况',
    short: '总体情况',
    requirement: '概述主动公开、依申请公开、政府信息管理、政府信息公开平台建设、监督保障五方面工作。',
  },
  {
    id: 'active',
    numeral: '二',
    heading: '二、主动公开政府信息情况',
    short: '主动公开',
    table: 'active',
    requirement: '按表格填写规章、行政规范性文件及行政许可、处罚、强制、收费情况。',
  },
  {
    id: 'requests',
    numeral: '三',
    heading: '三、收到和处理政府信息公开申请情况',
    short: '依申请公开',
    table: 'requests',
    requirement: '按申请人类型填写收到和办理的申请数量；第一项加第二项之和应等于第三项加第四项之和。',
  },
  {
    id: 'appeals',
    numeral: '四',
    heading: '四、政府信息公开行政复议、行政诉讼情况',
    short: '复议诉讼',
    table: 'appeals',
    requirement: '填写因政府信息公开引起的行政复议、行政诉讼数量及结果。',
  },
  {
    id: 'problems',
    numeral: '五',
    heading: '五、存在的主要问题及改进情况',
    short: '问题及改进',
    requirement: '写明存在的主要问题和改进措施，并说明上年度报告所列问题的整改情况。',
  },
  {
    id: 'other',
    numeral: '六',
    heading: '六、其他需要报告的事项',
    short: '其他事项',
    requirement: '必须写明依据《政府信息公开信息处理费管理办法》收取信息处理费的情况（发出收费通知的件数和金额，或未收取）。',
  },
];

/** The usual five sub-sections of 一、总体情况, in order. */
export const overviewSubsections: readonly string[] = [
  '主动公开',
  '依申请公开',
  '政府信息管理',
  '政府信息公开平台建设',
  '监督保障',
];

/** Chinese ordinals for （一）…（十）… sub-headings. */
export const chineseOrdinals: readonly string[] = [
  '一', '二', '三', '四', '五', '六', '七', '八', '九', '十',
  '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十',
];

/** The heading of a part, e.g. 二、主动公开政府信息情况 (a table's section title reads it from here). */
export const sectionHeading = (id: SectionId): string => sections.find((section) => section.id === id)?.heading ?? id;

/** 二, 三, 四: the numeral of the part a table belongs to (表三「…」 in a place name). */
export function tableNumeral(table: TableId): string {
  return sections.find((section) => section.table === table)?.numeral ?? '';
}
