import type { TextPath } from '../finding.ts';

/** Whether a position of a field's text is covered by something reported already (an outdated generated sentence). */
export type Covered = (fieldPath: TextPath, offset: number) => boolean;

export const nothingCovered: Covered = () => false;
