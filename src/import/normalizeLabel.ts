// Published copies vary punctuation and spacing: compare labels in one canonical form.

// The same labels and cells recur in every table and every report read: remember recent answers.
const remembered = new Map<string, string>();
const rememberLimit = 20000;

/** NFKC (full-width （）：，→ ASCII), no whitespace, straight quotes, no trailing colon. */
export function normalizeLabel(text: string): string {
  const known = remembered.get(text);
  if (known !== undefined) return known;
  const normalized = normalizeLabelOnce(text);
  if (remembered.size >= rememberLimit) remembered.clear();
  if (text.length <= 200) remembered.set(text, normalized);
  return normalized;
}

function normalizeLabelOnce(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000\u200b]+/g, '')
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’]/g, "'")
    // Numbered items: 1、 and 1． are printed for 1.
    .replace(/^(\d{1,2})[、.]/, '$1.')
    .replace(/[:：]+$/, '');
}

/** The label without a parenthetical remark: 部分公开(区分处理的…) → 部分公开. */
export function labelCore(normalized: string): string {
  return normalized.replace(/\([^()]{4,}\)$/, '');
}

function bigrams(text: string): string[] {
  const chars = [...text];
  return chars.slice(0, -1).map((c, i) => c + (chars[i + 1] ?? ''));
}

/** Dice coefficient over character bigrams (0…1). */
export function bigramSimilarity(a: string, b: string): number {
  const left = bigrams(a);
  const right = bigrams(b);
  if (left.length === 0 || right.length === 0) return a === b ? 1 : 0;
  const pool = new Map<string, number>();
  for (const gram of right) pool.set(gram, (pool.get(gram) ?? 0) + 1);
  let shared = 0;
  for (const gram of left) {
    const count = pool.get(gram) ?? 0;
    if (count > 0) {
      shared += 1;
      pool.set(gram, count - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/**
 * How well a cell's text matches a template label (both raw): 1 exact, less for variants
 * (no parenthetical remark, a truncated or shortened label like 规范性文件), 0 for no match.
 */
export function labelScore(cellText: string, label: string): number {
  return normalizedLabelScore(normalizeLabel(cellText), normalizeLabel(label));
}

// Scores by template label, then by cell text: the matcher asks the same pairs for every report it reads.
const scores = new Map<string, Map<string, number>>();
let scoreCount = 0;

/** labelScore on texts already normalized (the matcher normalizes each cell once). */
export function normalizedLabelScore(cell: string, target: string): number {
  if (cell.length > 200 || target.length > 200) return scoreOnce(cell, target);
  let byCell = scores.get(target);
  if (!byCell) {
    byCell = new Map();
    scores.set(target, byCell);
  }
  const known = byCell.get(cell);
  if (known !== undefined) return known;
  const score = scoreOnce(cell, target);
  if (scoreCount >= rememberLimit * 5) {
    scores.clear();
    scoreCount = 0;
  }
  byCell.set(cell, score);
  scoreCount += 1;
  return score;
}

function scoreOnce(cell: string, target: string): number {
  if (cell === '' || target === '') return 0;
  if (cell === target) return 1;
  const cellCore = labelCore(cell);
  const targetCore = labelCore(target);
  if (cellCore === targetCore) return 0.95;
  const cellLength = [...cellCore].length;
  const targetLength = [...targetCore].length;
  const shortest = Math.min(cellLength, targetLength);
  // Below this ratio neither containment (≥ 0.6) nor bigram similarity (≥ 0.75) can be reached.
  if (shortest < 4 || shortest / Math.max(cellLength, targetLength) < 0.6) return 0;
  const shorter = cellLength <= targetLength ? cellCore : targetCore;
  const longer = shorter === cellCore ? targetCore : cellCore;
  if (longer.includes(shorter)) return 0.85;
  const similarity = bigramSimilarity(cellCore, targetCore);
  return similarity >= 0.75 ? similarity * 0.9 : 0;
}
