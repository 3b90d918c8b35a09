import type { z } from 'zod';
import { sections } from '../template/sections.ts';

// Field names as the wizard labels them; a path not listed is named by its nearest listed parent.
const fieldNames: Readonly<Record<string, string>> = {
  format: '文件格式标识',
  version: '文件版本',
  template: '模板',
  meta: '基本信息',
  'meta.agency': '机关全称',
  'meta.year': '报告年度',
  'meta.issuedOn': '成文日期',
  'meta.issuedOnText': '成文日期原文',
  'meta.agencyKind': '机关类型',
  'meta.agencyLevel': '机关层级',
  'meta.contact': '联系方式',
  'meta.address': '地址',
  'meta.phone': '电话',
  'meta.website': '网址',
  'meta.canMakeRegulations': '有规章制定权',
  'meta.deadline': '公布时限',
  'meta.publishedOn': '发布日期',
  'meta.fontProfile': '字体方案',
  'meta.lastYear': '上一年度报告的数据',
  'meta.acknowledged': '已核实的提醒',
  text: '正文',
  'text.preamble': '开头段落',
  'text.overview.intro': '一、总体情况的开头段落',
  'text.overview.sections': '一、总体情况的小节',
  tables: '统计表',
  ...Object.fromEntries(sections.map((section) => [`text.${section.id}`, section.heading])),
};

const typeNames: Readonly<Record<string, string>> = {
  string: '文字',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  object: '一组内容（JSON 对象）',
  array: '列表（JSON 数组）',
  null: '空值 null',
};

function fieldName(path: readonly PropertyKey[]): string {
  const keys = path.map(String);
  const dotted = keys.join('.');
  const section = /^text\.overview\.sections\.(\d+)\.(heading|body)$/.exec(dotted);
  if (section) return `一、总体情况第 ${Number(section[1]) + 1} 个小节的${section[2] === 'heading' ? '小标题' : '正文'}（${dotted}）`;
  for (let length = keys.length; length > 0; length -= 1) {
    const name = fieldNames[keys.slice(0, length).join('.')];
    if (name) return `${name}（${dotted}）`;
  }
  return dotted === '' ? '文件' : dotted;
}

/** The value at a zod issue's path in what was parsed; undefined where the path leaves the data. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === undefined) return '缺少这一项';
  if (value === null) return '实为空值 null';
  if (Array.isArray(value)) return '实为列表';
  if (typeof value === 'object') return '实为一组内容（对象）';
  const shown = JSON.stringify(value) ?? String(value);
  const kind = typeof value === 'string' ? '文字 ' : typeof value === 'number' ? '数字 ' : '';
  return `实为${kind}${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}`;
}

/**
 * A zod issue in plain Chinese: the field by the name the wizard gives it (with its path), what it should be
 * and what the file holds. zod's own English never reaches the clerk.
 */
export function schemaIssueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  const field = fieldName(issue.path);
  const actual = describeValue(valueAt(input, issue.path));
  switch (issue.code) {
    case 'invalid_type': {
      if (actual === '缺少这一项') return `缺少${field}`;
      return `${field}应为${typeNames[issue.expected] ?? issue.expected}，${actual}`;
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? `不能小于 ${String(issue.minimum)}` : `不能大于 ${String(issue.maximum)}`;
      return `${field}${bound}，${actual}`;
    }
    case 'invalid_format':
      return `${field}的格式不对${issue.format === 'regex' ? '，日期应写作 YYYY-MM-DD（如 2025-01-20）' : ''}，${actual}`;
    case 'invalid_value':
      return `${field}应为 ${issue.values.map((value) => JSON.stringify(value)).join('、')} 之一，${actual}`;
    default:
      return `${field}的内容不符合报告文件格式，${actual}`;
  }
}
