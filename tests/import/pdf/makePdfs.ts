import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../e2e/chromiumOptions.ts';

/** A .docx turned into a PDF by LibreOffice, as agencies export their reports. */
export function docxToPdf(bytes: Uint8Array, name = 'report'): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-import-lo-'));
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, bytes);
  const profile = pathToFileURL(join(dir, 'lo-profile')).href;
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'pipe', timeout: 120_000 });
  return new Uint8Array(readFileSync(join(dir, `${name}.pdf`)));
}

export type PrintOptions = { format?: 'A4' | 'A5'; landscape?: boolean; headerFooter?: { header: string; footer: string } };

/** Web pages printed to PDF by Chromium: other table drawing (CSS borders), page sizes and running heads. */
export async function htmlToPdfs(pages: readonly { html: string; options?: PrintOptions }[]): Promise<Uint8Array[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  try {
    const page = await browser.newPage();
    const pdfs: Uint8Array[] = [];
    for (const { html, options = {} } of pages) {
      await page.setContent(html, { waitUntil: 'load' });
      const bytes = await page.pdf({
        format: options.format ?? 'A4',
        landscape: options.landscape ?? false,
        margin: { top: '20mm', bottom: '20mm', left: '15mm', right: '15mm' },
        printBackground: true,
        ...(options.headerFooter ? { displayHeaderFooter: true, headerTemplate: options.headerFooter.header, footerTemplate: options.headerFooter.footer } : {}),
      });
      pdfs.push(new Uint8Array(bytes));
    }
    return pdfs;
  } finally {
    await browser.close();
  }
}
