import type { TextPath } from './finding.ts';
import type { Report } from './reportSchema.ts';

export type TextField = { readonly path: TextPath; readonly value: string };

/** Every narrative string of a report with its path, in reading order. */
export function textFields(report: Report): TextField[] {
  const { text } = report;
  return [
    { path: 'text.preamble', value: text.preamble },
    { path: 'text.overview.intro', value: text.overview.intro },
    ...text.overview.sections.flatMap((section, i): TextField[] => [
      { path: `text.overview.sections.${i}.heading`, value: section.heading },
      { path: `text.overview.sections.${i}.body`, value: section.body },
    ]),
    { path: 'text.active', value: text.active },
    { path: 'text.requests', value: text.requests },
    { path: 'text.appeals', value: text.appeals },
    { path: 'text.problems', value: text.problems },
    { path: 'text.other', value: text.other },
  ];
}
