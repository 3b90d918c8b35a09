// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { setCell } from '../../src/model/cellAccess.ts';
import { renderDocxBytes } from '../../src/render/docx/packDocx.ts';
import { renderCmsHtml } from '../../src/render/html/renderCmsHtml.ts';
import { renderHtml } from '../../src/render/html/renderHtml.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { all, readDocx, textOf } from './docxXml.ts';

const fee = 'tables.active.fees.amount';

// The last cell of table 二 is the fee (万元), in every output.
function feeCellOfHtml(html: string): string | undefined {
  const page = new DOMParser().parseFromString(html, 'text/html');
  const cells = [...(page.querySelectorAll('table')[0]?.querySelectorAll('td') ?? [])];
  return cells[cells.length - 1]?.textContent?.trim();
}

describe('the fee printed as written, no float noise and no rounding', () => {
  it.each(['19167.08326', '793.0570158', '0.1234567', '2.5'])('prints %s in the page, the CMS form and the .docx', async (written) => {
    const report = setCell(fullReport, fee, Number(written));
    expect(feeCellOfHtml(renderHtml(report))).toBe(written);
    expect(feeCellOfHtml(renderCmsHtml(report))).toBe(written);
    const docx = await readDocx(await renderDocxBytes(report));
    const firstTable = all(docx.document, 'w:tbl')[0];
    const cells = firstTable ? all(firstTable, 'w:tc') : [];
    const last = cells[cells.length - 1];
    expect(last ? textOf(last) : undefined).toBe(written);
  });
});
