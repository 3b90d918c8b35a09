import { joinRuns } from './joinRuns.ts';
import type { PdfText } from './pdfPage.ts';

type Chunk = { text: string; left: number; right: number; figure: boolean };
export type LooseLine = { runs: PdfText[]; top: number; y: number; size: number };
export type RowLine = LooseLine & { chunks: Chunk[] };

const isFigure = (text: string) => /^[\d０-９][\d０-９,.，．]*$/.test(text);

function chunksOf(runs: readonly PdfText[]): Chunk[] {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const groups: PdfText[][] = [];
  let end = -Infinity;
  for (const run of sorted) {
    const last = groups[groups.length - 1];
    if (last && run.x - end < run.size * 1.2) last.push(run);
    else groups.push([run]);
    end = Math.max(end, run.x + run.width);
  }
  return groups.map((group) => {
    const text = joinRuns(group);
    return { text, left: Math.min(...group.map((r) => r.x)), right: Math.max(...group.map((r) => r.x + r.width)), figure: isFigure(text) };
  });
}

// A wrapped piece of a cell: left of the row's figures (a label), or under or over one of its cells and not much wider.
function fits(chunk: Chunk, row: RowLine): boolean {
  const firstFigure = row.chunks.find((c) => c.figure);
  const hasLabel = row.chunks.some((c) => !c.figure);
  if (firstFigure && !hasLabel && chunk.right <= firstFigure.left) return true;
  const width = chunk.right - chunk.left;
  return row.chunks.some((c) => !c.figure && chunk.left < c.right && chunk.right > c.left && width <= Math.max(2 * (c.right - c.left), 6 * row.size));
}

/**
 * Rows of a table printed without borders: a line of pieces set apart by wide gaps is a row; short
 * lines just over or under it (a label or heading wrapped over lines) join the piece they stand by.
 * Returns the rows (with their lines' positions) and the lines that stay running text.
 */
export function borderlessRows(lines: readonly LooseLine[]): { rows: RowLine[]; rest: LooseLine[] } {
  const rows: RowLine[] = [];
  const candidates: LooseLine[] = [];
  for (const line of lines) {
    const chunks = chunksOf(line.runs);
    if (chunks.length >= 2) rows.push({ ...line, chunks });
    else candidates.push(line);
  }
  if (rows.length === 0) return { rows, rest: [...lines] };
  const rest: LooseLine[] = [];
  const attached = new Map<RowLine, { line: LooseLine; chunks: Chunk[] }[]>();
  for (const line of candidates) {
    const chunks = chunksOf(line.runs);
    const text = chunks.map((c) => c.text).join('');
    const nearest = rows
      .filter((row) => Math.abs(row.y - line.y) <= row.size * 1.8 && chunks.every((chunk) => fits(chunk, row)))
      .sort((a, b) => Math.abs(a.y - line.y) - Math.abs(b.y - line.y))[0];
    if (!nearest || [...text].length > 40) rest.push(line);
    else attached.set(nearest, [...(attached.get(nearest) ?? []), { line, chunks }]);
  }
  for (const [row, extra] of attached) {
    // Top to bottom, each fragment joins the label chunk it stands under or over (or starts one there).
    const all = [...extra, { line: row as LooseLine, chunks: row.chunks.filter((c) => !c.figure) }].sort((a, b) => b.line.y - a.line.y);
    const labels: Chunk[] = [];
    for (const { chunks } of all) {
      for (const chunk of chunks) {
        const under = labels.find((label) => Math.abs(label.left - chunk.left) < chunk.right - chunk.left || (chunk.left < label.right && chunk.right > label.left));
        if (under) {
          under.text += chunk.text;
          under.left = Math.min(under.left, chunk.left);
          under.right = Math.max(under.right, chunk.right);
        } else labels.push({ ...chunk });
      }
    }
    row.chunks = [...labels.sort((a, b) => a.left - b.left), ...row.chunks.filter((c) => c.figure)];
  }
  return { rows: stackHeaders(rows), rest };
}

const centre = (c: Chunk) => (c.left + c.right) / 2;

// A two-line column heading (结果 / 维持) prints as two rows of pieces: join the pieces that stand one over the other.
function stackHeaders(rows: readonly RowLine[]): RowLine[] {
  const out: RowLine[] = [];
  for (const row of [...rows].sort((a, b) => b.y - a.y)) {
    const above = out[out.length - 1];
    const headingRow = (r: RowLine) => r.chunks.every((c) => !c.figure);
    if (!above || !headingRow(above) || !headingRow(row) || above.y - row.y > row.size * 1.8) {
      out.push(row);
      continue;
    }
    const chunks = above.chunks.map((c) => ({ ...c }));
    for (const chunk of row.chunks) {
      const width = chunk.right - chunk.left;
      const over = chunks.find((c) => {
        const other = c.right - c.left;
        return Math.abs(centre(c) - centre(chunk)) < Math.max(width, other) / 2 && Math.max(width, other) <= 1.5 * Math.min(width, other);
      });
      if (over) over.text += chunk.text;
      else chunks.push({ ...chunk });
    }
    out[out.length - 1] = { ...above, y: row.y, chunks: chunks.sort((a, b) => a.left - b.left) };
  }
  return out;
}
