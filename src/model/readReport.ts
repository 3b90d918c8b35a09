import { migrate } from './migrations.ts';
import { nestsDeeperThan } from './nestingDepth.ts';
import { reportFormat } from './reportFormat.ts';
import { reportSchema, type Report } from './reportSchema.ts';
import { schemaIssueMessage } from './schemaIssueMessage.ts';

export type ReadResult = { ok: true; report: Report } | { ok: false; error: string };

/** A report nests five levels or so; unknown keys are kept, so a bound keeps every later walk off the stack limit. */
const maxNesting = 64;

/** Reads a parsed JSON value as a report; a one-line Chinese explanation when it is not one. */
export function readReport(json: unknown): ReadResult {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, error: '不是年度报告文件：内容不是一个 JSON 对象' };
  }
  if (nestsDeeperThan(json, maxNesting)) {
    return { ok: false, error: `不是年度报告文件：内容嵌套超过 ${maxNesting} 层，年度报告文件不会这样；请确认选择的是编写助手保存的报告文件` };
  }
  const raw = json as Record<string, unknown>;
  if (raw.format !== reportFormat) {
    return { ok: false, error: `不是年度报告文件：format 应为 "${reportFormat}"，实为 ${JSON.stringify(raw.format ?? null)}` };
  }
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const upgraded = migrated.raw;
  if (upgraded.tables === null || typeof upgraded.tables !== 'object' || Array.isArray(upgraded.tables)) {
    return { ok: false, error: '文件缺少统计表（tables）' };
  }
  if (upgraded.meta === null || typeof upgraded.meta !== 'object') {
    return { ok: false, error: '文件缺少基本信息（meta）' };
  }
  const parsed = reportSchema.safeParse(upgraded);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const advice = '请用记事本等编辑器改正这一项后重试，或在编写助手中重新保存报告';
    return { ok: false, error: `文件内容有误：${first ? schemaIssueMessage(first, upgraded) : '无法识别'}；${advice}` };
  }
  return { ok: true, report: parsed.data };
}

/** Reads report JSON text. */
export function readReportText(text: string): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: '不是有效的 JSON 文件，无法读取' };
  }
  return readReport(json);
}
