import type { LedgerSheet } from '../../model/ledger/ledgerSheet.ts';
import { matchColumns } from '../../model/ledger/matchColumns.ts';
import { decodeXmlText, xmlAttribute, xmlScanner } from '../xmlScanner.ts';
import { LedgerLimitError, ledgerLimitMessages, maxLedgerCellCharacters, maxLedgerCells, maxLedgerCharacters } from './ledgerLimits.ts';
import { ledgerSheetBuilder } from './ledgerSheetBuilder.ts';
import { dateStyles } from './xlsxDateStyles.ts';
import { openXlsx, type XlsxPackage } from './xlsxPackage.ts';
import { sheetEvents, type SheetContext } from './xlsxSheetEvents.ts';

// Rows looked at to find a sheet's header row (as matchColumns does).
const headerRows = 10;

type Relationship = { readonly type: string; readonly target: string };

function relationships(pkg: XlsxPackage, part: string): Map<string, Relationship> {
  const folder = part.slice(0, part.lastIndexOf('/') + 1);
  const xml = pkg.text(`${folder}_rels/${part.slice(folder.length)}.rels`);
  const found = new Map<string, Relationship>();
  if (xml === undefined) return found;
  xmlScanner({
    open: (name, attributes) => {
      if (name !== 'Relationship') return;
      const target = xmlAttribute(attributes, 'Target') ?? '';
      const resolved = target.startsWith('/') ? target.slice(1) : new URL(target, `http://x/${folder}`).pathname.slice(1);
      found.set(xmlAttribute(attributes, 'Id') ?? '', { type: xmlAttribute(attributes, 'Type') ?? '', target: decodeURIComponent(resolved) });
    },
    close: () => undefined,
    text: () => undefined,
  }).feed(xml);
  return found;
}

const byType = (rels: Map<string, Relationship>, suffix: string) => [...rels.values()].find((rel) => rel.type.endsWith(suffix))?.target;

function sharedStrings(pkg: XlsxPackage, part: string | undefined): string[] {
  const strings: string[] = [];
  if (part === undefined) return strings;
  let raw = '';
  let inItem = false;
  let capture = false;
  let phonetic = false;
  let characters = 0;
  pkg.scan(part, {
    open: (name, _attributes, selfClosing) => {
      if (name === 'si') {
        inItem = true;
        raw = '';
        if (selfClosing) strings.push('');
      } else if (name === 'rPh') phonetic = true;
      else if (name === 't' && inItem && !phonetic && !selfClosing) capture = true;
    },
    close: (name) => {
      if (name === 't') capture = false;
      else if (name === 'rPh') phonetic = false;
      else if (name === 'si' && inItem) {
        inItem = false;
        const text = decodeXmlText(raw);
        raw = '';
        // A shared string past the cell limit is refused where a cell uses it (it may be unused).
        const kept = text.length > maxLedgerCellCharacters ? text.slice(0, maxLedgerCellCharacters + 1) : text;
        characters += kept.length;
        if (characters > maxLedgerCharacters) throw new LedgerLimitError(ledgerLimitMessages.tooMuchText());
        strings.push(kept);
        if (strings.length > maxLedgerCells) throw new LedgerLimitError(ledgerLimitMessages.tooManyCells());
      }
    },
    text: (piece, literal) => {
      if (!capture) return;
      // Past the cell limit the rest of a string cannot matter; it is not kept.
      if (raw.length <= 10 * maxLedgerCellCharacters) raw += literal ? piece.replace(/&/g, '&amp;').replace(/</g, '&lt;') : piece;
    },
  });
  return strings;
}

function readSheet(pkg: XlsxPackage, part: string, context: SheetContext, rowLimit?: number): LedgerSheet {
  const builder = ledgerSheetBuilder();
  pkg.scan(part, sheetEvents(context, builder.put, rowLimit));
  return builder.sheet();
}

/**
 * The ledger sheet of an .xlsx file: the first sheet whose header row names the ledger's columns (a workbook may
 * open on a cover or explanation sheet), else the first sheet. Read by this project's own streaming reader: the
 * zip checked before inflating, every part inflated a slice at a time and scanned without building a DOM, held
 * to the limits of ledgerLimits.ts (throws LedgerLimitError with the Chinese reason) — and no worker of its own,
 * so it runs wherever its caller does (the app's ledger worker, the command line).
 */
export async function readLedgerXlsx(bytes: Uint8Array): Promise<LedgerSheet> {
  const pkg = openXlsx(bytes);
  const root = relationships(pkg, '');
  const workbook = byType(root, '/officeDocument') ?? 'xl/workbook.xml';
  const workbookXml = pkg.text(workbook);
  if (workbookXml === undefined) throw new LedgerLimitError(ledgerLimitMessages.damaged);
  const sheetIds: string[] = [];
  let date1904 = false;
  xmlScanner({
    open: (name, attributes) => {
      if (name === 'sheet') sheetIds.push(xmlAttribute(attributes, 'id') ?? '');
      else if (name === 'workbookPr') date1904 = /^(1|true)$/.test(xmlAttribute(attributes, 'date1904') ?? '');
    },
    close: () => undefined,
    text: () => undefined,
  }).feed(workbookXml);
  const rels = relationships(pkg, workbook);
  const sheets = sheetIds.map((id) => rels.get(id)?.target).filter((part): part is string => part !== undefined && pkg.has(part));
  if (sheets.length === 0) throw new LedgerLimitError(ledgerLimitMessages.damaged);
  const styles = pkg.text(byType(rels, '/styles') ?? 'xl/styles.xml');
  const context: SheetContext = { shared: sharedStrings(pkg, byType(rels, '/sharedStrings')), dateStyles: dateStyles(styles), date1904 };
  const ledger = sheets.length === 1 ? sheets[0] : sheets.find((part) => matchColumns(readSheet(pkg, part, context, headerRows)).ok);
  return readSheet(pkg, ledger ?? (sheets[0] as string), context);
}
