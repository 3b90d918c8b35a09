// Character n-grams catch copied sentences even when a few words or figures were changed.
const gramLength = 8;

const comparable = (text: string) => text.normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

function grams(text: string): string[] {
  const chars = [...comparable(text)];
  const result: string[] = [];
  for (let i = 0; i + gramLength <= chars.length; i += 1) result.push(chars.slice(i, i + gramLength).join(''));
  return result;
}

/**
 * Share (0…1) of this year's text found in last year's: the fraction of this year's 8-character
 * sequences (punctuation and spaces ignored) that also occur in last year's text. 0 when either is empty.
 */
export function textRepeatRate(thisYear: string, lastYear: string): number {
  const current = grams(thisYear);
  if (current.length === 0) return 0;
  const previous = new Set(grams(lastYear));
  if (previous.size === 0) return 0;
  return current.filter((gram) => previous.has(gram)).length / current.length;
}
