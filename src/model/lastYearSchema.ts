import { z } from 'zod';
import { carriedForwardColumns } from './lastYearColumns.ts';
import { documentRows } from '../template/reportRules.ts';

// What a next-year draft keeps of last year's report: the figures the cross-year checks need, and the text to show beside each part.
const figure = z.number().nullable().default(null);


export const lastYearSchema = z.looseObject({
  year: z.number().int(),
  /** Last year's 四、结转下年度继续办理 by applicant column. */
  carriedForward: z.looseObject(Object.fromEntries(carriedForwardColumns.map((column) => [column, figure]))).prefault({}),
  /** Last year's 现行有效件数 of 规章 and 行政规范性文件. */
  inForce: z.looseObject(Object.fromEntries(documentRows.map((row) => [row, figure]))).prefault({}),
  /** Last year's narrative, shown for reference (一 flattened with its （一） headings). */
  text: z.looseObject({
    preamble: z.string().default(''),
    overview: z.string().default(''),
    problems: z.string().default(''),
    other: z.string().default(''),
  }).prefault({}),
});

export type LastYear = z.infer<typeof lastYearSchema>;
