/**
 * A label of the three tables as printed: its text verbatim from 国办公开办函〔2021〕30号, and its words —
 * the pieces between which a printed line may break when the cell is too narrow (between words, after a
 * closing "）", never inside 商业企业 or 自然人). The words join to the label; no word is a single
 * character, so a break never leaves one character alone on a line.
 */
export type PrintedLabel = { readonly label: string; readonly words: readonly string[] };

/** A label written once with "|" where a printed line may break: printed('本年|制发|件数'). */
export function printed(marked: string): PrintedLabel {
  const words = marked.split('|');
  return { label: words.join(''), words };
}
