import type { PackElement, PackRuleKind } from './packSchema.ts';

/** What to do, in plain Chinese, when a pack rule gives no `fix` of its own. */
export const kindFixes: Readonly<Record<PackRuleKind, string>> = {
  finding: '按检查结果逐条改正（点检查结果可定位到对应的格或句子），改好后重新检查',
  element: '补齐缺少的内容后重新检查',
  late: '按公布时限发布年度报告；已逾期的，尽快发布并在报告中说明原因',
  similar: '结合本年度、本机关的实际工作重新撰写重复的段落，不要照抄往年或其他单位的报告',
  changed: '以签发的定稿为准核对网站上发布的版本，改正不一致之处；确需修改的，应按程序重新审签并说明',
  'old-format': '按国办公开办函〔2021〕30号的现行格式重新制作三张统计表',
};

export const elementFixes: Readonly<Record<PackElement, string>> = {
  'six-parts': '补写缺少的部分：一、总体情况至六、其他需要报告的事项都要有内容，表格部分按实际填写（没有发生的填 0）',
  'tables-complete': '把空白的格填写完整，没有发生的填 0',
  'tables-balance': '按检查结果改正统计表中合计对不上的数字',
  'fee-statement': '在“六、其他需要报告的事项”中写明依据《政府信息公开信息处理费管理办法》收取信息处理费的情况（发出收费通知的件数和金额，或未收取）',
  'statistics-period': '在开头写明统计期限，如“本报告中所列数据的统计期限自某年1月1日起至某年12月31日止”',
  agency: '在基本信息中填写机关全称，标题和落款会随之写明',
  'issued-on': '在基本信息中填写成文日期',
};
