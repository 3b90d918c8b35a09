import type { Report } from '../../model/reportSchema.ts';
import { columnShares } from '../columnShares.ts';
import { signatureBlock } from '../signatureBlock.ts';
import { tables } from '../../template/tables.ts';
import { columnClass, columnCss, tableClass, tableCss } from './htmlStyler.ts';
import { classNames, htmlStyles, printRules, type StyleName } from './htmlStyles.ts';

/**
 * The report page's style sheet with every selector inside `scope`: how the app prints the report as
 * published from a container of its own, without its classes touching the app's.
 */
export function scopedReportStyleSheet(report: Report, scope: string): string {
  const styles = htmlStyles(signatureBlock(report));
  const rules = (Object.keys(classNames) as StyleName[]).map((name) => `${scope} .${classNames[name]} { ${styles[name]}; }`);
  const tableRules = tables.flatMap((table) => [
    `${scope} .${tableClass(table.id)} { ${tableCss(table.id)}; }`,
    ...columnShares[table.id].map((_, i) => `${scope} .${columnClass(table.id, i)} { ${columnCss(table.id, i)}; }`),
  ]);
  return [...rules, ...tableRules, printRules(scope)].join('\n');
}
