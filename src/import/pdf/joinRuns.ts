import type { PdfText } from './pdfPage.ts';

// Justified Chinese lines and font changes leave spaces beside CJK characters and full-width punctuation.
const cjk = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef“”‘’—…';
const spaceBesideCjk = new RegExp(`(?<=[${cjk}])[ \\u00a0]+|[ \\u00a0]+(?=[${cjk}])`, 'g');

// Some PDF makers map CJK glyphs to look-alike Kangxi radicals (⼀ U+2F00 for 一): read them as the characters.
// The CJK Radicals Supplement has no compatibility mapping: the look-alikes seen in reports, by hand.
const supplement: Readonly<Record<string, string>> = { '⻚': '页', '⻓': '长', '⻔': '门', '⻢': '马', '⻋': '车', '⻅': '见', '⻛': '风', '⻜': '飞', '⻉': '贝', '⻘': '青', '⻩': '黄', '⻬': '齐', '⻰': '龙', '⻆': '角', '⻝': '食', '⻙': '韦', '⻄': '西', '⻁': '虎', '⻤': '鬼' };
const radicalsAsCharacters = (text: string) =>
  text.replace(/[\u2e80-\u2fdf]/g, (c) => supplement[c] ?? c.normalize('NFKC'));

export function tidySpaces(text: string): string {
  return radicalsAsCharacters(text).replace(spaceBesideCjk, '').replace(/[ \u00a0]{2,}/g, ' ').trim();
}

/** Runs of one printed line, left to right: a space only between Latin words or figures set apart. */
export function joinRuns(runs: readonly PdfText[]): string {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  for (const run of sorted) {
    const gap = run.x - end;
    if (text !== '' && gap > run.size * 0.3 && /[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(run.text)) text += ' ';
    text += run.text;
    end = Math.max(end, run.x + run.width);
  }
  return tidySpaces(text);
}

/** Runs grouped into printed lines, top of the page first. */
export function linesOf(runs: readonly PdfText[]): PdfText[][] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfText[][] = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (line && first && Math.abs(first.y - run.y) < Math.max(first.size, run.size) * 0.5) line.push(run);
    else lines.push([run]);
  }
  return lines;
}
