import type { z } from 'zod';
import { nestsDeeperThan } from '../nestingDepth.ts';
import { valueAt } from '../schemaIssueMessage.ts';
import { packSchema, type AssessmentPack } from './packSchema.ts';

export type PackReadResult = { readonly ok: true; readonly pack: AssessmentPack } | { readonly ok: false; readonly error: string };

// Field names as spec/assessment-packs.md §1–§2 explain them; the path is always given too.
const fieldNames: Readonly<Record<string, string>> = {
  format: '格式标识', version: '格式版本', id: '规则包编号', name: '名称', edition: '规则包版本', source: '出处',
  template: '适用的报告格式', points: '满分', deadlines: '公布时限', caps: '分组扣分上限', rules: '扣分规则',
  kind: '规则类型', title: '规则名称', per: '扣分方式', cap: '所属扣分上限组', fix: '整改建议', elements: '要素',
  verdicts: '结论', against: '比较对象', over: '阈值',
};

const expectations: Readonly<Record<string, string>> = {
  id: '只能用小写字母、数字和连字符（如 example-county）',
  deadlines: '应写作“月-日”，如 "01-31"',
  points: '应为不小于 0 的数字',
  over: '应为 0 到 1 之间的比例，如 0.5',
};

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`), '');
}

// Inside a rule some words mean something else: a rule's points are what it deducts.
const ruleFieldNames: Readonly<Record<string, string>> = { points: '扣分分值', id: '规则编号' };

function fieldOf(path: readonly PropertyKey[]): string {
  const named = [...path].reverse().find((key) => typeof key === 'string' && fieldNames[key]);
  const dotted = pathText(path);
  const inRule = path[0] === 'rules' && path.length === 3;
  const name = typeof named === 'string' ? (inRule ? ruleFieldNames[named] : undefined) ?? fieldNames[named] : undefined;
  return dotted === '' ? '规则包' : name ? `${name}（${dotted}）` : dotted;
}

function shown(value: unknown): string {
  if (value === undefined) return '缺少这一项';
  const text = JSON.stringify(value) ?? String(value);
  return `实为 ${text.length > 40 ? `${text.slice(0, 40)}…` : text}`;
}

function issueMessage(issue: z.core.$ZodIssue, input: unknown): string {
  const field = fieldOf(issue.path);
  const actual = shown(valueAt(input, issue.path));
  const last = [...issue.path].reverse().find((key) => typeof key === 'string');
  const expect = typeof last === 'string' ? expectations[last] ?? (issue.path.includes('deadlines') ? expectations.deadlines : undefined) : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return actual === '缺少这一项' ? `缺少${field}` : `${field}的类型不对，${actual}`;
    case 'invalid_union': {
      const kindPath = issue.path.at(-1) === 'kind' ? issue.path : [...issue.path, 'kind'];
      const kind = valueAt(input, kindPath);
      const rule = fieldOf(kindPath);
      return kind === undefined ? `缺少${rule}` : `${rule}应为 finding、element、late、similar、changed、old-format 之一，实为 ${JSON.stringify(kind)}`;
    }
    case 'invalid_value':
      return `${field}应为 ${issue.values.map((value) => JSON.stringify(value)).join('、')} 之一，${actual}`;
    case 'unrecognized_keys':
      return `${field}中有规则包格式没有的字段：${issue.keys.join('、')}（请检查拼写）`;
    case 'too_small':
      return issue.origin === 'array' ? `${field}至少要有 ${String(issue.minimum)} 项` : issue.origin === 'string' ? `${field}不能为空` : `${field}${expect ?? `不能小于 ${String(issue.minimum)}`}，${actual}`;
    case 'too_big':
      return `${field}${expect ?? `不能大于 ${String(issue.maximum)}`}，${actual}`;
    case 'invalid_format':
      return `${field}的格式不对${expect ? `，${expect}` : ''}，${actual}`;
    case 'custom': {
      const why = (issue.params as { why?: string } | undefined)?.why;
      if (why === 'duplicate') return `${field}与前面的规则重复，${actual}；每条规则的编号必须不同`;
      if (why === 'unknown-cap') return `${field}没有在分组扣分上限（caps）中定义，${actual}`;
      if (why === 'unknown-rule') return `${field}不是本工具的检查规则编号，${actual}；可用的编号见说明文档的规则表（如 row-total、narrative-count）`;
      return `${field}不符合规则包格式，${actual}`;
    }
    default:
      return `${field}不符合规则包格式，${actual}`;
  }
}

/** A parsed JSON value as an assessment pack, or one Chinese line naming the first field that is wrong. */
export function readPack(json: unknown): PackReadResult {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { ok: false, error: '不是评估规则包：内容不是一个 JSON 对象' };
  if (nestsDeeperThan(json, 16)) return { ok: false, error: '不是评估规则包：内容嵌套过深' };
  if ((json as { format?: unknown }).format !== 'assessment-pack') {
    return { ok: false, error: `不是评估规则包：格式标识（format）应为 "assessment-pack"，${shown((json as { format?: unknown }).format)}` };
  }
  const parsed = packSchema.safeParse(json);
  if (parsed.success) return { ok: true, pack: parsed.data };
  const first = parsed.error.issues[0];
  return { ok: false, error: `评估规则包有误，未使用：${first ? issueMessage(first, json) : '无法识别'}；请改正后重试` };
}

/** Pack JSON text (a byte-order mark allowed). */
export function readPackText(text: string): PackReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: '不是评估规则包：不是有效的 JSON 文件' };
  }
  return readPack(json);
}
