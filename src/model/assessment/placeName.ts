import { sectionHeading, sections } from '../../template/sections.ts';
import { cellPlace } from '../findingMessages.ts';

const fields: Readonly<Record<string, string>> = {
  'meta.agency': '基本信息·机关全称', 'meta.year': '基本信息·报告年度', 'meta.issuedOn': '基本信息·成文日期',
  'meta.publishedOn': '基本信息·发布日期', 'meta.deadline': '基本信息·公布时限', 'text.preamble': '开头段落',
  'text.overview.intro': sectionHeading('overview'), 'tables.active': `${sectionHeading('active')}（表格）`,
  'tables.requests': `${sectionHeading('requests')}（表格）`, 'tables.appeals': `${sectionHeading('appeals')}（表格）`,
};

/** A cell or text path in a reader's words: 表三「…」, 一、总体情况第 2 个小节, 六、其他需要报告的事项. */
export function placeName(path: string): string {
  if (path === '') return '';
  const known = fields[path];
  if (known) return known;
  const subsection = /^text\.overview\.sections\.(\d+)/.exec(path);
  if (subsection) return `一、总体情况第 ${Number(subsection[1]) + 1} 个小节`;
  const part = /^text\.(\w+)$/.exec(path);
  if (part) return sections.find((s) => s.id === part[1])?.heading ?? path;
  return path.startsWith('tables.') ? cellPlace(path) : path;
}
