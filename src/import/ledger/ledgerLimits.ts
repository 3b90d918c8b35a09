// The limits of a ledger (依申请公开台账), one place for the app and the command line, .xlsx, .csv and pasted rows
// alike. A busy agency's year is a few thousand lines of a dozen columns; the limits sit far above that and far
// below what a hostile or broken file would cost to read (memory and time grow with them, never past them).

/** Lines (rows holding anything) of one sheet, the header row included. */
export const maxLedgerLines = 100_000;

/** Columns: a ledger has 5–20. A value further right than this is not a ledger's. */
export const maxLedgerColumns = 200;

/** Characters of one cell: 申请内容 is a sentence or a paragraph. */
export const maxLedgerCellCharacters = 5_000;

/** Cells holding something, in the sheet read (or strings in the workbook's shared table). */
export const maxLedgerCells = 2_000_000;

/** Characters of all cells together (or of the workbook's shared strings): 400 characters a line at the most lines. */
export const maxLedgerCharacters = 40_000_000;

/** An .xlsx: files inside the zip (Excel and WPS write 10–30). */
export const maxXlsxEntries = 1_000;

/** An .xlsx: everything unpacked together, as the zip's directory declares it and as actually inflated. */
export const maxXlsxUnpackedBytes = 256 * 1024 * 1024;

/** An .xlsx: unpacked / packed of one file above 1 MB. Sheet XML packs 5–50×; far more is a decompression bomb. */
export const maxXlsxRatio = 250;

/** An .xlsx: workbook, relationships and styles (read whole; each a few kB in a real file). */
export const maxXlsxSmallPartBytes = 8 * 1024 * 1024;

const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;
const resave = '请在 Excel 或 WPS 中打开，只保留台账所在的工作表，另存为 .xlsx（或 CSV）后再导入';

/** Why a ledger is refused, in the words the clerk acts on; each names the limit. */
export const ledgerLimitMessages = {
  tooManyLines: () => `台账超过 ${maxLedgerLines} 行，超出本工具能读取的上限（${maxLedgerLines} 行），已停止读取。一年的依申请公开台账不会这样多；请确认选对了文件，或把台账按年度分开后再导入`,
  tooManyColumns: (row: number) => `台账第 ${row} 行有内容写在第 ${maxLedgerColumns} 列以后，超出本工具能读取的上限（${maxLedgerColumns} 列），已停止读取；${resave}`,
  cellTooLong: (row: number, column: number) => `台账第 ${row} 行第 ${column} 列的内容超过 ${maxLedgerCellCharacters} 字，超出一个单元格能读取的上限（${maxLedgerCellCharacters} 字），已停止读取；请删去或缩短这一格后再导入`,
  tooManyCells: () => `台账中有内容的单元格超过 ${maxLedgerCells} 个，超出本工具能读取的上限，已停止读取；${resave}`,
  tooMuchText: () => `台账的文字超过 ${maxLedgerCharacters / 10000} 万字，超出本工具能读取的上限，已停止读取；${resave}`,
  zipTooManyEntries: (count: number) => `这个 .xlsx 文件内含 ${count} 个部件，远多于一份台账（通常不到 30 个，上限 ${maxXlsxEntries} 个），可能已损坏或是恶意构造的文件；${resave}`,
  zipTooBig: (bytes: number) => `这个 .xlsx 文件解压后约 ${mb(bytes)}，超过本工具能读取的上限（${mb(maxXlsxUnpackedBytes)}），不像是一份台账（可能是恶意构造的“压缩炸弹”），已停止读取`,
  zipRatio: (name: string, ratio: number) => `这个 .xlsx 文件中的 ${name} 压缩比异常（${Math.round(ratio)} 倍，上限 ${maxXlsxRatio} 倍），像是恶意构造的“压缩炸弹”，已停止读取；${resave}`,
  zipSizeMismatch: (name: string) => `这个 .xlsx 文件已损坏：${name} 解压后的大小与文件目录中记录的不符，已停止读取；请在 Excel 或 WPS 中打开后重新保存再导入`,
  zip64: `这个 .xlsx 文件使用了不支持的压缩格式（ZIP64）；${resave}`,
  damaged: '无法读取这个 .xlsx 文件：它可能已损坏，或不是 Excel 工作簿。请在 Excel 或 WPS 中打开后重新保存为 .xlsx 再导入。',
  partTooBig: (name: string) => `这个 .xlsx 文件中的 ${name} 过大（超过 ${mb(maxXlsxSmallPartBytes)}），不像是一份台账，已停止读取；${resave}`,
} as const;

/** A ledger over a limit: thrown by the readers while reading, caught where the file is read, never shown as is. */
export class LedgerLimitError extends Error {}
