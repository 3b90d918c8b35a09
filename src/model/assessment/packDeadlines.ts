import { defaultDeadlines } from '../../template/reportRules.ts';
import type { DeadlineRules, Deadlines } from '../reportDeadline.ts';
import type { AssessmentPack } from './packSchema.ts';

/**
 * A pack's deadlines ("MM-DD" per agency kind), each kind it leaves out at the national default. They are the
 * assessor's: they apply to every agency of the kind, a 乡镇/街道 included (meta.deadline still comes first).
 */
export function packDeadlines(pack: AssessmentPack | undefined): DeadlineRules {
  const read = (kind: keyof Deadlines) => {
    const given = pack?.deadlines?.[kind];
    if (!given) return defaultDeadlines[kind];
    const [month = 1, day = 31] = given.split('-').map(Number);
    return { month, day };
  };
  const deadlines: Deadlines = { department: read('department'), government: read('government'), other: read('other') };
  return { deadlines, townships: 'by-kind' };
}
