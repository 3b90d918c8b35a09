import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vite.config.ts';

// The inner loop (`npm run test:fast`): every test that needs no browser, no LibreOffice and no build.
// `npm test` (CI) still runs them all. A new test file that starts Chromium, runs soffice or builds the
// app belongs in this list.
export const slowTests = [
  'tests/e2e/**', // real Chromium against the built app
  'tests/build/**', // production builds
  'tests/render/docxLayout.test.ts', // LibreOffice renders the .docx
  'tests/render/docxPdf.test.ts', // LibreOffice
  'tests/render/htmlLayout.test.ts', // Chromium lays out the page
  'tests/render/htmlPrintLayout.test.ts', // Chromium prints the page
  'tests/render/xmlForbiddenCharacters.test.ts', // LibreOffice opens a hostile .docx
  'tests/import/pdf/pdfImport.test.ts', // PDFs made by LibreOffice and Chromium
];

export default defineConfig((env) => mergeConfig(base(env), defineConfig({ test: { exclude: ['**/node_modules/**', ...slowTests] } })));
