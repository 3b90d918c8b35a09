import { cellByPath } from '../../model/cellCatalog.ts';
import type { CellValue } from '../../model/cellValue.ts';
import { cellPlace } from '../../model/findingMessages.ts';
import { parseCellInput } from '../../model/parseCellInput.ts';
import type { GridNav } from './gridNavigation.ts';
import type { CellPath } from '../../template/cellPathType.ts';

export type CellWrite = { readonly path: CellPath; readonly value: CellValue };

export type PastePlan =
  | { readonly ok: true; readonly writes: readonly CellWrite[] }
  | { readonly ok: false; readonly message: string };

const nothingPasted = '没有粘贴任何内容，请核对复制的范围，或先点选正确的起始格。';

/** Where each pasted text goes, from the active cell right and down; refused whole when it does not fit. */
export function planPaste(nav: GridNav, at: string, rows: readonly (readonly string[])[]): PastePlan {
  const place = nav.byPath.get(at);
  if (!place) return { ok: false, message: `这一格不在表格中。${nothingPasted}` };
  const height = rows.length;
  const width = Math.max(0, ...rows.map((row) => row.length));
  if (height === 0 || width === 0) return { ok: false, message: '剪贴板里没有可以粘贴的数字。' };
  // Words copied by mistake ("abc def", a sentence) are refused whole, like a block that does not fit;
  // one text pasted into one cell is kept and flagged, as if typed.
  const texts = rows.flat().filter((text) => text.trim() !== '');
  if (texts.length > 1 && !texts.some((text) => typeof parseCellInput(text, 'amount') === 'number')) {
    const sample = texts.slice(0, 3).join(' ');
    return { ok: false, message: `粘贴的内容里没有数字（${sample}${texts.length > 3 ? '……' : ''}），请复制表格中的数字。${nothingPasted}` };
  }
  const below = nav.rows.length - place.rowIndex;
  if (height > below) {
    return { ok: false, message: `粘贴的内容有 ${height} 行 ${width} 列，从${cellPlace(at)}往下只有 ${below} 行可填。${nothingPasted}` };
  }
  const writes: CellWrite[] = [];
  for (const [offset, texts] of rows.entries()) {
    const target = nav.rows[place.rowIndex + offset] ?? [];
    const room = target.length - place.index;
    if (texts.length > room) {
      const start = target[place.index]?.path ?? target[0]?.path ?? at;
      const where = offset === 0 ? `从${cellPlace(at)}往右` : `第 ${offset + 1} 行从${cellPlace(start)}往右`;
      const fits = room > 0 ? `只有 ${room} 格可填` : '没有可填的格';
      return { ok: false, message: `粘贴的第 ${offset + 1} 行有 ${texts.length} 个数，${where}${fits}。${nothingPasted}` };
    }
    texts.forEach((text, i) => {
      const cell = target[place.index + i];
      if (!cell) return;
      writes.push({ path: cell.path, value: parseCellInput(text, cellByPath.get(cell.path)?.valueKind ?? 'count') });
    });
  }
  return { ok: true, writes };
}
