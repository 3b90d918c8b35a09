import type { Report } from '../../model/reportSchema.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { reportTitle } from '../reportTitle.ts';
import { signatureBlock } from '../signatureBlock.ts';
import { classStyler } from './htmlStyler.ts';
import { classNames, htmlStyles, printStyleSheet, type StyleName } from './htmlStyles.ts';
import { reportBodyHtml } from './reportBodyHtml.ts';

function styleSheet(report: Report): string {
  const styles = htmlStyles(signatureBlock(report));
  const rules = (Object.keys(classNames) as StyleName[]).map((name) => `.${classNames[name]} { ${styles[name]}; }`);
  return ['body { margin: 0; background: #fff; }', ...rules, printStyleSheet].join('\n');
}

/** The published page: one self-contained file, no script, no external resource. */
export function renderHtml(report: Report): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
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
