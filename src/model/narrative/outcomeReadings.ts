import { knownCell } from '../cellCatalog.ts';
import { cellPlaceInFull } from '../cellPlaceInFull.ts';
import { filler, R } from './countWords.ts';
import { outcomeRows, type OutcomeId } from './outcomeRows.ts';
import type { CellPath } from '../../template/cellPathType.ts';

type OutcomeRow = (typeof outcomeRows)[number];

// The table's terms and the other words agencies use for the same outcome.
const outcomeWords: readonly { readonly word: string; readonly outcome: OutcomeId }[] = [
  ...outcomeRows.map((row) => ({ word: row.term, outcome: row.id })),
  { word: '全部公开', outcome: 'disclosed' },
  { word: '同意公开', outcome: 'disclosed' },
  { word: '准予公开', outcome: 'disclosed' },
  { word: '拒绝公开', outcome: 'declined' },
];
const wordSource = outcomeWords.map((w) => w.word).join('|');
const connector = '(?:以及|加上|及|和|与|或|、|\\+)';
// "予以公开及部分公开30件", "予以公开、部分公开的共30件": outcomes named together before one figure.
const chain = new RegExp(`(?:${wordSource})(?:的)?(?:${connector}(?:${wordSource})(?:的)?)+(?:申请)?${filler}`);

/** The outcomes a clause names together before its number (two or more), or undefined. */
export function outcomeChain(before: string): OutcomeRow[] | undefined {
  const found = chain.exec(before);
  if (!found) return undefined;
  const ids = new Set<OutcomeId>();
  for (const part of found[0].matchAll(new RegExp(wordSource, 'g'))) {
    const outcome = outcomeWords.find((w) => w.word === part[0])?.outcome;
    if (outcome !== undefined) ids.add(outcome);
  }
  const rows = outcomeRows.filter((row) => ids.has(row.id));
  return rows.length >= 2 ? rows : undefined;
}

// "其中3件予以公开", "尚有2件结转下年度": the number comes first, the table's term right after its unit.
const afterTerms: readonly { readonly term: RegExp; readonly id: string; readonly cells: readonly CellPath[]; readonly place: string }[] = [
  ...outcomeRows.map((row) => ({
    term: new RegExp(`^(?:的)?(?:申请)?(?:均|已|都|被|为|作|是|系)*${row.term}`),
    id: row.id,
    cells: row.cells,
    place: row.cells.length === 1 ? `表三「${row.name} / ${knownCell(row.cells[0] ?? '').columnName}」` : `表三「${row.name}」各项的总计之和`,
  })),
  {
    // 尚有2件正在办理中 (at the year's end): the same applications.
    term: /^(?:的)?(?:申请)?(?:因[^，。；、]{0,12}?)?(?:(?:需|将|已|均|被)*结转(?:至|到)?下一?(?:个)?年度?|(?:正在|仍在|尚在)办理|尚未办结|未办结)/,
    id: 'carriedForward',
    cells: [`${R}.carriedForward.total`],
    place: cellPlaceInFull(`${R}.carriedForward.total`),
  },
];
// The clause before such a number names nothing but a connective.
const emptyLead = /^[\s，,、：:；;（(]*(?:其中|另有|另|有|共有|还有|尚有|仍有|计|合计|共|以上|以及|及|和|对)*\s*$/;

/** The quantity named right after a number ("3件予以公开"), when the clause before it names nothing else. */
export function termAfterNumber(lead: string, afterUnit: string): { readonly id: string; readonly cells: readonly CellPath[]; readonly place: string } | undefined {
  if (!emptyLead.test(lead)) return undefined;
  return afterTerms.find((entry) => entry.term.test(afterUnit));
}
