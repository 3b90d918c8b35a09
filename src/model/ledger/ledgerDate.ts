import { isoDate } from '../dates.ts';
import { memoText } from './memoText.ts';

// Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is counted in (serials from 1900-03-01 on).
const excelEpochUtc = Date.UTC(1899, 11, 30);
const dayMs = 86_400_000;
// Serials of 1950-01-01 … 2100-12-31: a number outside is not a ledger date.
const serialRange = [18_264, 73_415] as const;

const patterns: readonly RegExp[] = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s].*)?$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?(?:\s.*)?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

function validIso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return isoDate(year, month, day);
}

/** An Excel serial date (45356) → ISO date; undefined outside 1950–2100 or with a fraction of a day beyond time. */
export function excelSerialDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < serialRange[0] || serial > serialRange[1]) return undefined;
  return new Date(excelEpochUtc + Math.floor(serial) * dayMs).toISOString().slice(0, 10);
}

/**
 * A ledger date cell → ISO date (2024-03-05); undefined when it is not a real date.
 * Reads 2024-03-05, 2024/3/5, 2024年3月5日, 2024.3.5, 20240305, full-width digits, a time after the date,
 * and Excel serial numbers.
 */
function readDate(value: string | number): string | undefined {
  if (typeof value === 'number') return excelSerialDate(value);
  const text = value.normalize('NFKC').trim().replace(/\s*([年月日\-/.])\s*/g, '$1');
  if (/^\d{5}(\.\d+)?$/.test(text)) return excelSerialDate(Number(text));
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return validIso(Number(match[1]), Number(match[2]), Number(match[3]));
  }
  return undefined;
}

/** readDate (above), remembered per distinct cell. */
export const readLedgerDate: (value: string | number) => string | undefined = memoText(readDate);

export const yearOf = (iso: string): number => Number(iso.slice(0, 4));
