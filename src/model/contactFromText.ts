import type { Report, ReportMeta } from './reportSchema.ts';
import { overviewText } from './overviewText.ts';

type Contact = Pick<ReportMeta, 'phone' | 'website' | 'contact' | 'address'>;

const phone = /(?:电话|联系电话|咨询电话|电\s*话)\s*[:：]?\s*((?:0\d{2,3}[-－—]?)?\d{7,8}(?:[-－]\d{1,4})?)/;
const website = /(https?:\/\/[A-Za-z0-9.\-_~/%?=&#:+]+|www\.[A-Za-z0-9.\-_~/%?=&#:+]+)/;
// 请与某某局办公室联系 / 联系人：张某 / 联系部门：某某局办公室
const contact = /(?:请与|可与|请联系)([^，。；、（(\n]{2,30}?)(?:联系|咨询)|联系(?:人|部门|单位)\s*[:：]\s*([^，。；、（(\s\n]{2,30})/;
const address = /(?:通信地址|联系地址|地址)\s*[:：]\s*([^，。；（()）\n]{4,60})/;

/**
 * The phone, website, contact and address last year's report states in its own text (its opening, overview
 * and 六), as written there — for a next-year draft whose 基本信息 has none of them.
 */
export function contactFromText(report: Report): Contact {
  const text = [report.text.preamble, overviewText(report.text.overview), report.text.other].join('\n');
  const found: Record<string, string> = {};
  const pick = (key: keyof Contact, pattern: RegExp) => {
    const match = pattern.exec(text);
    const value = (match?.[1] ?? match?.[2])?.trim().replace(/[。.，,]+$/, '');
    if (value) found[key] = value;
  };
  pick('phone', phone);
  pick('website', website);
  pick('contact', contact);
  pick('address', address);
  return found;
}
