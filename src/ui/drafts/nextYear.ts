import type { Report } from '../../model/reportSchema.ts';
import { loadNextYearReport } from '../wizard/optionalModules.ts';

/** Whether "基于上一年度报告新建" can be offered (the model function is part of the build). */
export const nextYearAvailable = loadNextYearReport !== undefined;

export async function nextYearFrom(last: Report): Promise<Report | undefined> {
  if (!loadNextYearReport) return undefined;
  const { nextYearReport } = await loadNextYearReport();
  return nextYearReport(last);
}
