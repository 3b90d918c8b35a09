import type { Subsection } from '../model/reportSchema.ts';

const subHeading = /^\s*[（(]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*(.*)$/;
const longestHeading = 40;

/** 一、总体情况's paragraphs → intro and （一）…sub-sections (headings without their number). */
export function splitOverview(paragraphs: readonly string[]): { intro: string; sections: Subsection[] } {
  const intro: string[] = [];
  const sections: { heading: string; body: string[] }[] = [];
  for (const paragraph of paragraphs) {
    const match = subHeading.exec(paragraph);
    if (!match) {
      const last = sections[sections.length - 1];
      if (last) last.body.push(paragraph);
      else intro.push(paragraph);
      continue;
    }
    const text = (match[2] ?? '').trim();
    // Run-in heading: （一）主动公开全面落实。正文… splits at the first 。
    const stop = text.indexOf('。');
    if (stop >= 0 && stop < longestHeading) {
      const body = text.slice(stop + 1).trim();
      sections.push({ heading: text.slice(0, stop).trim(), body: body === '' ? [] : [body] });
    } else if ([...text].length <= longestHeading) {
      sections.push({ heading: text, body: [] });
    } else {
      const colon = text.search(/[：:]/);
      sections.push(colon > 0 && colon < longestHeading
        ? { heading: text.slice(0, colon).trim(), body: [text.slice(colon + 1).trim()] }
        : { heading: '', body: [text] });
    }
  }
  return { intro: intro.join('\n'), sections: sections.map((s) => ({ heading: s.heading, body: s.body.join('\n') })) };
}
