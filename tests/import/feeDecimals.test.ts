import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { importReport } from '../../src/import/importReport.ts';
import type { ImportInput } from '../../src/import/inputKind.ts';
import { getCell, setCell } from '../../src/model/cellAccess.ts';
import { renderDocxBytes } from '../../src/render/docx/packDocx.ts';
import { renderHtml } from '../../src/render/html/renderHtml.ts';
import { renderPlainText } from '../../src/render/text/renderPlainText.ts';
import { fullReport } from '../fixtures/fullReport.ts';
import { readFixture } from './readFixture.ts';

const fee = 'tables.active.fees.amount';
const writtenFees = ['19167.08326', '793.0570158', '4.1234567'];

async function importedFee(input: ImportInput): Promise<unknown> {
  const result = await importReport(input);
  if (!result.ok) throw new Error(result.error);
  expect(result.notes.filter((note) => note.paths.includes(fee))).toEqual([]);
  return getCell(result.report, fee);
}

describe('importing a fee printed with 5–7 decimals (万元)', () => {
  it.each(writtenFees)('reads %s from a pasted web page text exactly', async (written) => {
    const text = readFixture('pipe-rows.txt').replace('行政事业性收费 | 3.6', `行政事业性收费 | ${written}`);
    expect(await importedFee({ kind: 'text', data: text })).toBe(Number(written));
  });

  it.each(writtenFees)('reads %s from a saved web page exactly', async (written) => {
    const html = readFixture('published-page.html').replace('<td>行政事业性收费</td><td colspan="3">3.6</td>', `<td>行政事业性收费</td><td colspan="3">${written}</td>`);
    expect(html).toContain(written);
    expect(await importedFee({ kind: 'html', data: html })).toBe(Number(written));
  });

  it.each(writtenFees)('prints %s unchanged in the HTML page, the text and the .docx, and reads each back exactly', async (written) => {
    const report = setCell(fullReport, fee, Number(written));
    const html = renderHtml(report);
    expect(html).toContain(`>${written}<`);
    const text = renderPlainText(report);
    expect(text).toContain(written);
    const docx = await renderDocxBytes(report);
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')?.async('string');
    expect(xml).toContain(`>${written}<`);
    expect(await importedFee({ kind: 'html', data: html })).toBe(Number(written));
    expect(await importedFee({ kind: 'text', data: text })).toBe(Number(written));
    expect(await importedFee({ kind: 'docx', data: docx })).toBe(Number(written));
    expect(JSON.stringify(report)).toContain(`"amount":${written}`);
  });
});
