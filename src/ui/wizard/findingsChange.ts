import type { Finding } from '../../model/finding.ts';

// A finding is "the same" across checks when its rule, place and severity are: its figures may change.
const keyOf = (finding: Finding): string => `${finding.severity}|${finding.rule}|${finding.cells.join(',')}`;
// Blank cells come and go with every figure typed: the panel counts them, a screen reader is not told.
const told = (finding: Finding): boolean => finding.rule !== 'blank-cell' || finding.severity === 'error';

/**
 * What a screen reader hears after a pause: only what changed since it was last told — new errors (the
 * first one read out), errors fixed and how many are left, new warnings. Null when nothing it hears about
 * changed (a blank cell filled, a figure in a message that moved).
 */
export function describeFindingsChange(before: readonly Finding[], after: readonly Finding[]): string | null {
  const had = new Set(before.filter(told).map(keyOf));
  const has = new Set(after.filter(told).map(keyOf));
  const added = after.filter((finding) => told(finding) && !had.has(keyOf(finding)));
  const gone = before.filter((finding) => told(finding) && !has.has(keyOf(finding)));
  const newErrors = added.filter((finding) => finding.severity === 'error');
  const newWarnings = added.filter((finding) => finding.severity === 'warning');
  const fixedErrors = gone.filter((finding) => finding.severity === 'error').length;
  const errorsLeft = after.filter((finding) => finding.severity === 'error').length;
  const parts: string[] = [];
  const firstError = newErrors[0];
  if (firstError) parts.push(newErrors.length === 1 ? `新错误：${firstError.message}` : `新增 ${newErrors.length} 处错误，第一处：${firstError.message}`);
  if (fixedErrors > 0) parts.push(`已改正 ${fixedErrors} 处错误，${errorsLeft > 0 ? `还有 ${errorsLeft} 处` : '已没有错误'}`);
  const firstWarning = newWarnings[0];
  if (firstWarning) parts.push(newWarnings.length === 1 ? `新提醒：${firstWarning.message}` : `新增 ${newWarnings.length} 条提醒`);
  return parts.length > 0 ? parts.join('。') : null;
}
