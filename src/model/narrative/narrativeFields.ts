import type { TextPath } from '../finding.ts';
import type { Report } from '../reportSchema.ts';

export type NarrativeField = {
  readonly path: TextPath;
  readonly value: string;
  /** The whole field is about 依申请公开: 三's paragraph, or 一's sub-section headed 依申请公开. */
  readonly aboutApplications: boolean;
};

/** The narrative bodies a clerk writes (headings left out), with what each is about. */
export function narrativeFields(report: Report): NarrativeField[] {
  const { text } = report;
  return [
    { path: 'text.preamble', value: text.preamble, aboutApplications: false },
    { path: 'text.overview.intro', value: text.overview.intro, aboutApplications: false },
    ...text.overview.sections.map((section, i): NarrativeField => ({
      path: `text.overview.sections.${i}.body`,
      value: section.body,
      aboutApplications: /依申请/.test(section.heading),
    })),
    { path: 'text.active', value: text.active, aboutApplications: false },
    { path: 'text.requests', value: text.requests, aboutApplications: true },
    { path: 'text.appeals', value: text.appeals, aboutApplications: false },
    { path: 'text.problems', value: text.problems, aboutApplications: false },
    { path: 'text.other', value: text.other, aboutApplications: false },
  ];
}

/** The field at a path (as the UI names it), or undefined. */
export function narrativeField(report: Report, path: string): NarrativeField | undefined {
  return narrativeFields(report).find((field) => field.path === path);
}
