// Lines a web page adds around the report when copied: navigation, counters, footers.
// Anchored to the forms pages use, so a report sentence mentioning 浏览器 or 主办单位 is kept.
const chrome = [
  /^(主办单位|承办单位|技术支持|版权所有|网站标识码|网站地图)\s*[:：\s]/,
  /ICP备|公网安备|版权所有[:：]|Copyright|©/i,
  /建议使用.{0,30}(分辨率|浏览器)/,
  /扫一扫|手机上查看|(浏览量|浏览次数|访问量|阅读次数|点击数)\s*[:：]?\s*\d/,
  /责任编辑\s*[:：]|文字大小|字号\s*[:：]?\s*[大中小]|打印本页|关闭窗口|【\s*(打印|关闭|收藏)/,
  /(举报热线|举报邮箱)\s*[:：]|^邮编\s*[:：]|^E-?mail\s*[:：]|^地址\s*[:：].{0,40}(邮编|电话)/i,
  /^(首页|当前位置|您所在的位置)\s*[:：>]/,
  /^(上一篇|下一篇|分享到|相关链接|相关文章|相关阅读|附件下载)\s*[:：]/,
  /【\s*(字体|字号)\s*[:：]/,
];

/** Whether a short line is page furniture rather than report text. */
export function isWebChrome(line: string): boolean {
  return line.length <= 120 && chrome.some((pattern) => pattern.test(line));
}
