/** Text that stands in for content: 无, 略, 暂无, 见附件, 同上年 … (punctuation and spaces ignored). */
export function isPlaceholder(text: string): boolean {
  const bare = text.replace(/[\s，,。.、；;：:！!？?（）()“”"'…—-]/g, '');
  return /^(?:无|略|暂无|空|待补充|待填写|待定|见附件|详见附件|同上年|同上|本年度?无|没有|无其他(?:需要)?报告(?:的)?事项|本年度?无其他(?:需要)?报告(?:的)?事项|xxx?|XXX?|TODO)?$/.test(bare);
}
