import type { Report } from '../../model/reportSchema.ts';
import type { SectionId } from '../../template/sections.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { undatedLine } from '../signatureBlock.ts';
import { reportBlocks, type ReportBlock } from '../reportBlocks.ts';
import type { HtmlStyler } from './htmlStyler.ts';
import { tableHtml } from './tableHtml.ts';

/** Id of a part's heading (a table's id is its part's id); prefixed so it cannot clash with a CMS page's own ids. */
export const headingId = (section: SectionId): string => `gov-report-${section}`;

function blockHtml(block: ReportBlock, report: Report, style: HtmlStyler): string {
  switch (block.kind) {
    case 'title':
      return `<h1${style.element('title')}>${block.lines.map((line) => `<span${style.element('titleLine')}>${escapeHtml(line)}</span>`).join('')}</h1>`;
    case 'heading':
      return block.level === 1
        ? `<h2 id="${headingId(block.section)}"${style.element('heading1')}>${escapeHtml(block.text)}</h2>`
        : `<h3${style.element('heading2')}>${escapeHtml(block.text)}</h3>`;
    case 'paragraph':
      return `<p${style.element(block.hasLink ? 'paragraphLink' : 'paragraph')}>${escapeHtml(block.text)}</p>`;
    case 'table':
      return `<div${style.element('tableScroll')}>\n${tableHtml(block.grid, report, style, headingId(block.grid.table))}\n</div>`;
    case 'signature':
      // 年　　月　　日 is for a pen on the printed Word copy: a web page without a date shows none.
      return [
        `<div${style.element('signature')}>`,
        `<p${style.element('signatureAgency')}>${escapeHtml(block.signature.agency)}</p>`,
        ...(block.signature.date === undatedLine ? [] : [`<p${style.element('signatureDate')}>${escapeHtml(block.signature.date)}</p>`]),
        '</div>',
      ].join('\n');
  }
}

/** The report body (title to signature) inside one article element. */
export function reportBodyHtml(report: Report, style: HtmlStyler): string {
  const body = reportBlocks(report).map((block) => blockHtml(block, report, style));
  return `<article${style.element('report')}>\n${body.join('\n')}\n</article>`;
}
