// Rule ids of the narrative checks (text against tables, structure of the parts), all warnings.
// This is the one place they are listed; README and the UI refer to these ids.

export const narrativeRules = {
  /** A number in the text that names a table quantity differs from the table (收到申请 X 件, 废止规范性文件 X 件, 行政复议 X 件 …). */
  'narrative-count': '正文中的数字与表格不一致',
  /** An 依申请公开 outcome named with a word that is not the table's term (主动公开 1 件 for 予以公开). */
  'narrative-outcome-term': '办理结果用语与表三不一致',
  /** "均已按时答复 / 全部办结" while 四、结转下年度继续办理 is above 0. */
  'narrative-all-answered': '称全部办结，但有结转下年度的申请',
  /** "未收到申请" / "未发生行政复议、行政诉讼" while the table has some. */
  'narrative-none-but-table': '称没有发生，但表格有数',
  /** 六 without a statement on 信息处理费. */
  'narrative-fee-missing': '六缺少信息处理费说明',
  /** The 信息处理费 statement denies fee notices while 三（六）2 counts applications whose fee went unpaid. */
  'narrative-fee-contradiction': '信息处理费说明与表三（六）2不一致',
  /** A 人民政府 report whose 一 does not cover 工作考核、社会评议和责任追究结果. */
  'narrative-government-review': '人民政府报告缺少工作考核、社会评议和责任追究结果',
  /** 一 or 五 empty, a placeholder (无 / 略) or only a few characters; 六 empty; a sub-section of 一 without text. */
  'narrative-empty-part': '部分内容为空或过短',
  /** A year in the text that is not the report year: 统计期限 of another year, or last year's text kept. */
  'narrative-year': '正文年份与报告年度不一致',
  /** A part far longer than a real report's (over 50,000 characters or 400 counted figures): its figures were compared only in part. */
  'narrative-too-long': '正文过长，数字只核对了一部分',
  /** A sentence generated from the tables that no longer matches them (refresh in one click). */
  'narrative-outdated-draft': '按表格生成的句子已过时',
} as const;

export type NarrativeRuleId = keyof typeof narrativeRules;

export const narrativeSeverity = 'warning' as const;
