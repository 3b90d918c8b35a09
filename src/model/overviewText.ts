import { chineseOrdinals } from '../template/sections.ts';
import type { ReportText } from './reportSchema.ts';

/** 一、总体情况 as one text: intro, then each written sub-section as （一）heading and its body, as printed. */
export function overviewText(overview: ReportText['overview']): string {
  const written = overview.sections.filter((s) => s.heading.trim() !== '' || s.body.trim() !== '');
  return [
    overview.intro,
    ...written.flatMap((section, i) => [`（${chineseOrdinals[i] ?? String(i + 1)}）${section.heading.trim()}`, section.body]),
  ].map((part) => part.trim()).filter((part) => part !== '').join('\n');
}
