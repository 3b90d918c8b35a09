import { xmlAttribute, xmlScanner } from '../xmlScanner.ts';

// Excel's built-in number formats that show a date (14–22; 27–36 and 50–58 are the East Asian date formats).
const builtInDate = (id: number) => (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);

/** A custom format shows a date when, without its quoted text, escapes and [colour]/[$-locale] parts, it has y, m or d. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[ymd]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** styles.xml → the indexes (the `s` of a cell) of the cell formats that show a date. */
export function dateStyles(stylesXml: string | undefined): ReadonlySet<number> {
  const custom = new Map<number, boolean>();
  const dates = new Set<number>();
  if (stylesXml === undefined) return dates;
  let inCellXfs = false;
  let index = 0;
  xmlScanner({
    open: (name, attributes) => {
      if (name === 'numFmt') custom.set(Number(xmlAttribute(attributes, 'numFmtId')), isDateFormat(xmlAttribute(attributes, 'formatCode') ?? ''));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(xmlAttribute(attributes, 'numFmtId') ?? 0);
        if (custom.get(id) ?? builtInDate(id)) dates.add(index);
        index += 1;
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text: () => undefined,
  }).feed(stylesXml);
  return dates;
}
