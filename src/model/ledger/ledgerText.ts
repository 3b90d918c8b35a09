/** Text compared without spaces, punctuation, symbols or width differences: `收到 日期：` = `收到日期`. */
export function compactText(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');
}

/** A cell as text for messages and matching; numbers as written. */
export function cellText(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'number' ? String(value) : value.trim();
}
