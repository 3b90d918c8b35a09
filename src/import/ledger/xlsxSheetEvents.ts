import { isoDate } from '../../model/dates.ts';
import { decodeXmlText, xmlAttribute, type XmlEvents } from '../xmlScanner.ts';
import { LedgerLimitError, ledgerLimitMessages, maxLedgerCellCharacters } from './ledgerLimits.ts';
import { StopReading } from './xlsxPackage.ts';

export type SheetContext = {
  readonly shared: readonly string[];
  readonly dateStyles: ReadonlySet<number>;
  readonly date1904: boolean;
};

// Text as written may be longer than its characters (&#x4E00; is one): refused well before it could matter.
const longestRawText = 10 * maxLedgerCellCharacters;

function columnIndex(reference: string | undefined): number | undefined {
  const letters = reference === undefined ? undefined : /^([A-Z]{1,3})\d*$/i.exec(reference)?.[1];
  if (letters === undefined) return undefined;
  let index = 0;
  for (const letter of letters.toUpperCase()) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** An Excel serial day (1900 or 1904 date system) → its ISO day; a time of day is dropped. */
function serialDay(serial: number, date1904: boolean): string | undefined {
  const day = Math.floor(serial) + (date1904 ? 1462 : 0);
  const time = Date.UTC(1899, 11, 30) + day * 86_400_000;
  const date = new Date(time);
  return Number.isNaN(date.getTime()) || day < 1 ? undefined : isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * The events of a worksheet's XML → its cells, handed to `put` row by row: shared and inline strings, numbers,
 * date cells as ISO days (by their style), booleans and errors as Excel shows them. Stops after `rowLimit` rows
 * when given (to look at the header rows only). A cell's text growing past the limit stops the read at once.
 */
export function sheetEvents(context: SheetContext, put: (row: number, column: number, value: string | number) => void, rowLimit?: number): XmlEvents {
  let row = -1;
  let column = -1;
  let type = '';
  let style = -1;
  let capture: 'value' | 'inline' | undefined;
  let inPhonetic = false;
  let inInline = false;
  let raw = '';
  const refuseLong = () => {
    throw new LedgerLimitError(ledgerLimitMessages.cellTooLong(row + 1, column + 1));
  };
  return {
    open: (name, attributes, selfClosing) => {
      if (name === 'row') {
        const number = Number(xmlAttribute(attributes, 'r'));
        row = Number.isInteger(number) && number > 0 ? number - 1 : row + 1;
        if (rowLimit !== undefined && row >= rowLimit) throw new StopReading();
        column = -1;
      } else if (name === 'c') {
        column = columnIndex(xmlAttribute(attributes, 'r')) ?? column + 1;
        type = xmlAttribute(attributes, 't') ?? 'n';
        style = Number(xmlAttribute(attributes, 's') ?? -1);
        raw = '';
        if (selfClosing) type = '';
      } else if (name === 'v' && !selfClosing) capture = 'value';
      else if (name === 'is') inInline = true;
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && inInline && !inPhonetic && !selfClosing) capture = 'inline';
    },
    close: (name) => {
      if (name === 'v' || name === 't') capture = undefined;
      else if (name === 'is') inInline = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'c' && type !== '') {
        const text = decodeXmlText(raw);
        raw = '';
        if (type === 's') {
          const shared = context.shared[Number(text)];
          if (shared !== undefined) put(row, column, shared);
        } else if (type === 'inlineStr' || type === 'str' || type === 'e') put(row, column, text);
        else if (type === 'b') put(row, column, text.trim() === '1' ? 'TRUE' : 'FALSE');
        else if (type === 'd') put(row, column, /^\d{4}-\d{2}-\d{2}/.test(text) ? text.slice(0, 10) : text);
        else if (text.trim() !== '') {
          const number = Number(text);
          if (!Number.isFinite(number)) put(row, column, text);
          else put(row, column, context.dateStyles.has(style) ? (serialDay(number, context.date1904) ?? number) : number);
        }
        type = '';
      }
    },
    text: (piece, literal) => {
      if (capture === undefined) return;
      raw += literal ? piece.replace(/&/g, '&amp;').replace(/</g, '&lt;') : piece;
      if (raw.length > longestRawText) refuseLong();
    },
  };
}
