import type { Report } from '../../model/reportSchema.ts';
import { reportTitle } from '../reportTitle.ts';
import { signatureBlock } from '../signatureBlock.ts';
import { tables } from '../../template/tables.ts';
import { columnShares } from '../columnShares.ts';
import { classStyler, columnClass, columnCss, tableClass, tableCss } from './htmlStyler.ts';
import { classNames, htmlStyles, printStyleSheet, type StyleName } from './htmlStyles.ts';
import { htmlDocument } from './htmlDocument.ts';
import { reportBodyHtml } from './reportBodyHtml.ts';
import { xmlSafeReport } from '../xmlSafeReport.ts';
import { reportContentHash } from '../../model/reportContentHash.ts';
import { generatorLabel, generatorVersion } from '../generator.ts';

/** <meta name="generator"> and the report content's SHA-256 with the generator's version (issue 27). */
export const fingerprintMeta = (report: Report) => [
  { name: 'generator', content: generatorLabel },
  { name: 'report-content-sha256', content: `${reportContentHash(report)} ${generatorVersion}` },
];

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
  return htmlDocument({
    title: reportTitle(report),
    policy: pageSecurityPolicy,
    css: styleSheet(report),
    body: ['<main>', reportBodyHtml(report, classStyler), '</main>'].join('\n'),
    meta: fingerprintMeta(input),
  });
}
