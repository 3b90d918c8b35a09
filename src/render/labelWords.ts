/** Printed width in full-width characters: ASCII ½, everything else (CJK, full-width forms, curly quotes) 1. */
export function labelWidth(text: string): number {
  let width = 0;
  for (const character of text) width += (character.codePointAt(0) ?? 0) < 0x80 ? 0.5 : 1;
  return width;
}

/**
 * Where a person breaks each printed label of the three tables when its cell is too narrow for one line:
 * between words, after a closing "）", never inside 商业企业 or 自然人. "|" marks the places a line may
 * break; no piece is a single character, so a break never leaves one character alone on a line.
 * Labels not listed (none today) are one piece.
 */
const breakable: readonly string[] = [
  // 二
  '第二十条|第（一）项', '第二十条|第（五）项', '第二十条|第（六）项', '第二十条|第（八）项',
  '信息|内容', '本年|制发|件数', '本年|废止|件数', '现行|有效|件数', '行政|规范性|文件',
  '本年|处理|决定|数量', '行政|许可', '行政|处罚', '行政|强制', '本年|收费|金额|（单位：万元）', '行政|事业性|收费',
  // 三
  '（本列|数据的|勾稽关系为：|第一项加|第二项|之和，|等于|第三项加|第四项|之和）',
  '申请人|情况', '法人|或其他|组织', '商业|企业', '科研|机构', '社会|公益|组织', '法律|服务|机构',
  '一、本年|新收|政府信息|公开申请|数量', '二、上年|结转|政府信息|公开申请|数量', '三、|本年度|办理|结果',
  '（一）|予以公开', '（二）|部分公开|（区分|处理的，|只计|这一情形，|不计|其他情形）', '（三）|不予公开',
  '1.属于|国家秘密', '2.其他|法律|行政法规|禁止公开', '3.危及|“三安全一稳定”', '4.保护|第三方|合法权益',
  '5.属于|三类|内部事务|信息', '6.属于|四类|过程性|信息', '7.属于|行政执法|案卷', '8.属于|行政查询|事项',
  '（四）|无法提供', '1.本机关|不掌握|相关|政府信息', '2.没有|现成信息|需要|另行制作', '3.补正后|申请内容|仍不明确',
  '（五）|不予处理', '1.信访|举报|投诉类|申请', '2.重复|申请', '3.要求|提供|公开出版物', '4.无正当理由|大量|反复|申请',
  '5.要求|行政机关|确认|或重新|出具|已获取|信息',
  '（六）|其他处理', '1.申请人|无正当理由|逾期|不补正、|行政机关|不再处理其|政府信息|公开申请',
  '2.申请人|逾期|未按|收费通知|要求|缴纳费用、|行政机关|不再处理其|政府信息|公开申请', '3.其他',
  '（七）|总计', '四、结转|下年度|继续办理',
  // 四
  '行政|复议', '行政|诉讼', '结果|维持', '结果|纠正', '其他|结果', '尚未|审结', '未经|复议|直接|起诉', '复议后|起诉',
];

const wordsByLabel: ReadonlyMap<string, readonly string[]> = new Map(breakable.map((marked) => [marked.replaceAll('|', ''), marked.split('|')]));

/** The pieces of a label between which a line may break; a label not listed is one piece. */
export function labelWords(label: string): readonly string[] {
  return wordsByLabel.get(label) ?? [label];
}

/**
 * A label packed into lines of at most `capacity` characters (full-width 1, ASCII ½), breaking only between
 * its words; a word wider than a line stands on a line of its own.
 */
export function labelLines(label: string, capacity: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of labelWords(label)) {
    if (current !== '' && labelWidth(current + word) > capacity) {
      lines.push(current);
      current = word;
    } else {
      current += word;
    }
  }
  if (current !== '' || lines.length === 0) lines.push(current);
  return lines;
}
