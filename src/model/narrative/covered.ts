/** Whether a position of a field's text is covered by something reported already (an outdated generated sentence). */
export type Covered = (fieldPath: string, offset: number) => boolean;

export const nothingCovered: Covered = () => false;
