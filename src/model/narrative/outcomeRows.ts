import { cellCatalog } from '../cellCatalog.ts';
import { filler, lead, R } from './countWords.ts';
import type { CellPath } from '../../template/cellPathType.ts';

const totalsUnder = (prefix: string): CellPath[] =>
  cellCatalog.filter((c) => c.path.startsWith(`${R}.${prefix}.`) && c.path.endsWith('.total')).map((c) => c.path);


export const outcomeRows = [
  { id: 'disclosed', name: '（一）予以公开', term: '予以公开', cells: [`${R}.disclosed.total`] },
  { id: 'partlyDisclosed', name: '（二）部分公开', term: '部分公开', cells: [`${R}.partlyDisclosed.total`] },
  { id: 'declined', name: '（三）不予公开', term: '不予公开', cells: totalsUnder('declined') },
  { id: 'unavailable', name: '（四）无法提供', term: '无法提供', cells: totalsUnder('unavailable') },
  { id: 'notProcessed', name: '（五）不予处理', term: '不予处理', cells: totalsUnder('notProcessed') },
  { id: 'otherHandling', name: '（六）其他处理', term: '其他处理', cells: totalsUnder('otherHandling') },
] as const;

export type OutcomeId = (typeof outcomeRows)[number]['id'];

/** Outcome words that are not the table's terms, and the term the table uses for them. */
export const outcomeSynonyms: readonly { readonly lead: RegExp; readonly outcome: OutcomeId }[] = [
  { lead: lead('(?<!已|依申请)(?:主动公开|全部公开|同意公开|准予公开)(?:的)?(?:申请)?'), outcome: 'disclosed' },
  { lead: new RegExp(`^\\s*(?:其中)?公开(?:的)?(?:申请)?${filler}`), outcome: 'disclosed' },
  { lead: lead('(?:拒绝公开|(?<!予)不公开|不同意公开)(?:的)?(?:申请)?'), outcome: 'declined' },
];

export const outcomeById: Readonly<Record<OutcomeId, (typeof outcomeRows)[number]>> = Object.fromEntries(
  outcomeRows.map((row) => [row.id, row]),
) as Record<OutcomeId, (typeof outcomeRows)[number]>;
