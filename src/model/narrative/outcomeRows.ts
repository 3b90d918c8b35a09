import { requestsTable } from '../../template/requestsTable.ts';
import { cellCatalog } from '../cellCatalog.ts';
import { headerChain } from '../headerTree.ts';
import { filler, lead, R } from './countWords.ts';
import type { CellPath } from '../../template/cellPathType.ts';

const totalsUnder = (prefix: string): CellPath[] =>
  cellCatalog.filter((c) => c.path.startsWith(`${R}.${prefix}.`) && c.path.endsWith('.total')).map((c) => c.path);

const outcomeIds = ['disclosed', 'partlyDisclosed', 'declined', 'unavailable', 'notProcessed', 'otherHandling'] as const;

export type OutcomeId = (typeof outcomeIds)[number];

export type OutcomeRow = {
  readonly id: OutcomeId;
  /** The row's name in table 三 (its short form where it has one): （一）予以公开. */
  readonly name: string;
  /** The table's term, without the numbering: 予以公开. */
  readonly term: string;
  /** The total cell, or the totals of its numbered sub-rows (every 总计 cell under its key). */
  readonly cells: readonly CellPath[];
};

/** The six outcomes of 三、本年度办理结果, their names read from the template's row labels. */
export const outcomeRows: readonly OutcomeRow[] = outcomeIds.map((id) => {
  const node = headerChain(requestsTable.rows, id).at(-1);
  if (!node) throw new Error(`table 三 has no row ${id}`);
  const name = node.short ?? node.label;
  return { id, name, term: name.replace(/^（[一二三四五六七八九十]+）/, ''), cells: totalsUnder(id) };
});

/** Outcome words that are not the table's terms, and the term the table uses for them. */
export const outcomeSynonyms: readonly { readonly lead: RegExp; readonly outcome: OutcomeId }[] = [
  { lead: lead('(?<!已|依申请)(?:主动公开|全部公开|同意公开|准予公开)(?:的)?(?:申请)?'), outcome: 'disclosed' },
  { lead: new RegExp(`^\\s*(?:其中)?公开(?:的)?(?:申请)?${filler}`), outcome: 'disclosed' },
  { lead: lead('(?:拒绝公开|(?<!予)不公开|不同意公开)(?:的)?(?:申请)?'), outcome: 'declined' },
];

export const outcomeById: Readonly<Record<OutcomeId, OutcomeRow>> = Object.fromEntries(
  outcomeRows.map((row) => [row.id, row]),
) as Record<OutcomeId, OutcomeRow>;
