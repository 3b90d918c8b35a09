import type { Report } from '../../model/reportSchema.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { reportTitle } from '../reportTitle.ts';
import { signatureBlock } from '../signatureBlock.ts';
import { tables } from '../../template/tables.ts';
import { columnShares } from '../columnShares.ts';
import { classStyler, columnClass, columnCss, tableClass, tableCss } from './htmlStyler.ts';
import { classNames, htmlStyles, printStyleSheet, type StyleName } from './htmlStyles.ts';
import { reportBodyHtml } from './reportBodyHtml.ts';
import { xmlSafeReport } from '../xmlSafeReport.ts';

function styleSheet(report: Report): string {
  const styles = htmlStyles(signatureBlock(report));
  const rules = (Object.keys(classNames) as StyleName[]).map((name) => `.${classNames[name]} { ${styles[name]}; }`);
  const tableRules = tables.flatMap((table) => [
    `.${tableClass(table.id)} { ${tableCss(table.id)}; }`,
    ...columnShares[table.id].map((_, i) => `.${columnClass(table.id, i)} { ${columnCss(table.id, i)}; }`),
  ]);
  return ['body { margin: 0; background: #fff; }', ...rules, ...tableRules, printStyleSheet].join('\n');
}

// The page runs no script and loads nothing: its one style sheet is inline (a self-contained file).
const pageSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** The published page: one self-contained file, no script, no external resource. */
export function renderHtml(input: Report): string {
  const report = xmlSafeReport(input);
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${pageSecurityPolicy}">`,
    `<title>${escapeHtml(reportTitle(report))}</title>`,
    `<style>\n${styleSheet(report)}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    reportBodyHtml(report, classStyler),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
