import type { Report } from './reportSchema.ts';

/**
 * A report without the agency's full name is never exported, even when the clerk confirms its other
 * errors: the title and the signature are made from it. The command line and the app both ask here;
 * each says it in its own words (the CLI names meta.agency, the app the 基本信息 step).
 */
export const lacksAgency = (report: Report): boolean => report.meta.agency.trim() === '';
