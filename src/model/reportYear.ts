/** The reporting year a clerk works on today: last calendar year. */
export function defaultReportYear(today: Date = new Date()): number {
  return today.getFullYear() - 1;
}

/** 统计期限 of a report year, as printed. */
export function statisticsPeriod(year: number): string {
  return `${year}年1月1日至${year}年12月31日`;
}
