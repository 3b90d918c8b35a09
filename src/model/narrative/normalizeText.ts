export type NormalizeKind = 'punctuation' | 'space' | 'date';

export type NormalizeChange = {
  readonly kind: NormalizeKind;
  readonly before: string;
  readonly after: string;
  /** Offset of `before` in the original text. */
  readonly index: number;
  /** A few characters around the change in the original text, for the preview. */
  readonly context: string;
};

export type NormalizeResult = { readonly text: string; readonly changes: readonly NormalizeChange[] };

// Chinese characters and the full-width marks that sit among them.
const chinese = /[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’—…·]/;
const ideograph = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const isChinese = (char: string | undefined): boolean => char !== undefined && chinese.test(char);
const fullWidth: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '.': '。', '(': '（', ')': '）' };

type Edit = { readonly index: number; readonly length: number; readonly after: string; readonly kind: NormalizeKind };

/** Dates: 2025年元月20日, 2025年01月05日, 2025-01-20 → 2025年1月20日 (GB/T 9704 §7.3.5.4). */
function dateEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const match of text.matchAll(/(\d{4})年(元|0?\d{1,2})月(?:(0?\d{1,2})日)?/g)) {
    const [written, year, month = '', day] = match;
    const fixed = `${year}年${month === '元' ? '1' : String(Number(month))}月${day === undefined ? '' : `${Number(day)}日`}`;
    if (fixed !== written && (month === '元' || Number(month) >= 1) && Number(month === '元' ? 1 : month) <= 12) {
      edits.push({ index: match.index, length: written.length, after: fixed, kind: 'date' });
    }
  }
  // ISO-like dates standing in Chinese text (not inside a URL, file name or number).
  for (const match of text.matchAll(/(?<![\w/.:\-])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?![\w/\-]|\.\d)/g)) {
    const [written, year, , month, day] = match;
    const m = Number(month);
    const d = Number(day);
    if (m < 1 || m > 12 || d < 1 || d > 31) continue;
    if (!isChinese(previousVisible(text, match.index)) && !isChinese(nextVisible(text, match.index + written.length - 1))) continue;
    edits.push({ index: match.index, length: written.length, after: `${year}年${m}月${d}日`, kind: 'date' });
  }
  return edits;
}

function previousVisible(text: string, index: number): string | undefined {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i -= 1;
  return i >= 0 ? text[i] : undefined;
}
function nextVisible(text: string, index: number): string | undefined {
  let i = index + 1;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i += 1;
  return i < text.length ? text[i] : undefined;
}

/**
 * The nearest character before and after each position that is not a space or tab, and running counts of
 * ideographs and line breaks: one pass each way, so that long runs of spaces or nested brackets stay linear.
 */
function neighbours(text: string) {
  const previous = new Int32Array(text.length);
  const next = new Int32Array(text.length);
  const ideographs = new Int32Array(text.length + 1);
  const breaks = new Int32Array(text.length + 1);
  let last = -1;
  for (let i = 0; i < text.length; i += 1) {
    previous[i] = last;
    const char = text[i] ?? '';
    if (char !== ' ' && char !== '\t') last = i;
    ideographs[i + 1] = (ideographs[i] ?? 0) + (ideograph.test(char) ? 1 : 0);
    breaks[i + 1] = (breaks[i] ?? 0) + (char === '\n' ? 1 : 0);
  }
  last = -1;
  for (let i = text.length - 1; i >= 0; i -= 1) {
    next[i] = last;
    if (text[i] !== ' ' && text[i] !== '\t') last = i;
  }
  const at = (index: number | undefined) => (index === undefined || index < 0 ? undefined : text[index]);
  const count = (sums: Int32Array, from: number, to: number) => (sums[to] ?? 0) - (sums[from] ?? 0);
  return {
    before: (i: number) => at(previous[i]),
    after: (i: number) => at(next[i]),
    /** Whether text[from, to) holds an ideograph / a line break. */
    hasIdeograph: (from: number, to: number) => count(ideographs, from, to) > 0,
    hasBreak: (from: number, to: number) => count(breaks, from, to) > 0,
  };
}

/** ASCII , : ; ? ! . ( ) beside Chinese text → full-width. A period only ends a sentence after a Chinese character. */
function punctuationEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const openings: number[] = [];
  const around = neighbours(text);
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    const before = around.before(i);
    const after = around.after(i);
    if (char === '(') {
      openings.push(i);
      continue;
    }
    if (char === ')') {
      const open = openings.pop();
      if (open === undefined) continue;
      const outsideBefore = around.before(open);
      const chineseAround = around.hasIdeograph(open + 1, i) || isChinese(outsideBefore) || isChinese(after) || (outsideBefore === undefined && ideograph.test(after ?? ''));
      // (1) in a numbered list stays as typed only when nothing Chinese is around it.
      if (chineseAround && !around.hasBreak(open + 1, i)) {
        edits.push({ index: open, length: 1, after: '（', kind: 'punctuation' });
        edits.push({ index: i, length: 1, after: '）', kind: 'punctuation' });
      }
      continue;
    }
    const replacement = fullWidth[char];
    if (!replacement) continue;
    if (char === '.') {
      const endsSentence = ideograph.test(before ?? '') && (after === undefined || after === '\n' || isChinese(after));
      if (endsSentence && text[i - 1] !== ' ') edits.push({ index: i, length: 1, after: replacement, kind: 'punctuation' });
      continue;
    }
    // 10:30, 3,000, http://, a?b: no Chinese beside them.
    const digitBoth = /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
    if (digitBoth) continue;
    if (char === ':' && text.slice(i + 1, i + 3) === '//') continue;
    if (isChinese(before) || isChinese(after)) edits.push({ index: i, length: 1, after: replacement, kind: 'punctuation' });
  }
  return edits;
}

/** Spaces between Chinese characters, or between a Chinese character and a digit; line starts and ends are kept. */
function spaceEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  for (const match of text.matchAll(/[ \t\u3000\u00a0]+/g)) {
    const before = text[match.index - 1];
    const after = text[match.index + match[0].length];
    if (before === undefined || after === undefined || before === '\n' || after === '\n') continue;
    const chineseBefore = isChinese(before) || ideograph.test(before);
    const chineseAfter = isChinese(after) || ideograph.test(after);
    const digitOrPunct = (char: string) => /[0-9,.:;?!()]/.test(char);
    if ((chineseBefore && (chineseAfter || digitOrPunct(after))) || (chineseAfter && digitOrPunct(before))) {
      edits.push({ index: match.index, length: match[0].length, after: '', kind: 'space' });
    }
  }
  return edits;
}

function applyEdits(text: string, candidates: readonly Edit[]): NormalizeResult {
  let out = '';
  let last = 0;
  const changes: NormalizeChange[] = [];
  for (const edit of [...candidates].sort((a, b) => a.index - b.index)) {
    if (edit.index < last) continue;
    const before = text.slice(edit.index, edit.index + edit.length);
    out += text.slice(last, edit.index) + edit.after;
    last = edit.index + edit.length;
    changes.push({
      kind: edit.kind,
      before,
      after: edit.after,
      index: edit.index,
      context: text.slice(Math.max(0, edit.index - 8), Math.min(text.length, edit.index + edit.length + 8)).replace(/\n/g, '↵'),
    });
  }
  return { text: out + text.slice(last), changes };
}

/**
 * 一键规范: full-width punctuation among Chinese text, dates as 2025年1月20日, stray spaces removed — in that
 * order, each pass on the previous one's result (a change's index is in the text that pass saw).
 * Paragraph breaks are kept.
 */
export function normalizeText(text: string): NormalizeResult {
  const changes: NormalizeChange[] = [];
  let current = text;
  // One change can enable another (a run of marks ";;" converts from the Chinese side inwards; a converted date
  // puts 日 before a comma): repeat the passes until nothing changes.
  for (let round = 0; round < 8; round += 1) {
    const before = changes.length;
    for (const edits of [punctuationEdits, dateEdits, spaceEdits]) {
      const result = applyEdits(current, edits(current));
      // One by one: a spread of 100,000 changes would overflow the call stack.
      for (const change of result.changes) changes.push(change);
      current = result.text;
    }
    if (changes.length === before) break;
  }
  return { text: current, changes };
}
