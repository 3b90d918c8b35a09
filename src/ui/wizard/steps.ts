import { sections, type SectionId } from '../../template/sections.ts';
import type { FindingPlace } from '../../model/finding.ts';

/** The wizard's steps: 基本信息, the six parts (from the template, in order), 预览与导出. */
export type StepId = 'basics' | SectionId | 'preview';

export type StepDef = { readonly id: StepId; readonly label: string };

export const steps: readonly StepDef[] = [
  { id: 'basics', label: '基本信息' },
  ...sections.map((section) => ({ id: section.id, label: section.heading })),
  { id: 'preview', label: '预览与导出' },
];

const sectionIds = new Set<string>(sections.map((section) => section.id));
const sectionOfTable = new Map<string, SectionId>(sections.flatMap((s) => (s.table ? [[s.table, s.id] as const] : [])));

/** The step that shows a cell or field path: tables.<id> → its part, text.<part> → that part, meta → 基本信息. */
export function stepOfPath(path: string): StepId {
  const [root, key = ''] = path.split('.');
  if (root === 'tables') return sectionOfTable.get(key) ?? 'basics';
  if (root === 'text') {
    if (key === 'preamble') return 'overview';
    return sectionIds.has(key) ? (key as SectionId) : 'overview';
  }
  return 'basics';
}

export function stepOfFinding(finding: FindingPlace): StepId {
  return stepOfPath(finding.cells[0] ?? 'meta');
}
