// Lines a web page adds around the report when copied: navigation, counters, footers.
const chrome = [
  /版权所有|ICP备|公网安备|网站标识码|网站地图|主办单位|承办单位|技术支持|分辨率|浏览器/,
  /扫一扫|手机上查看|浏览量|浏览次数|访问量|责任编辑|文字大小|字号[:：]?\s*[大中小]|打印本页|关闭窗口|【(打印|关闭|收藏)】/,
  /举报热线|举报邮箱|^邮编|^Email|^E-mail|^地址[:：].{0,40}(邮编|电话)/i,
  /^(首页|当前位置|您所在的位置)\s*[:：>]/,
];

/** Whether a short line is page furniture rather than report text. */
export function isWebChrome(line: string): boolean {
  return line.length <= 120 && chrome.some((pattern) => pattern.test(line));
}
