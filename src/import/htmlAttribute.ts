import { decodeEntities } from './decodeEntities.ts';

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '/';

/**
 * One attribute's value from a tag's attributes as written (name="v", name='v', name=v; '' for a bare name),
 * entities decoded; undefined when absent. Read pair by pair, so text inside another value never matches.
 */
export function htmlAttribute(attributes: string, wanted: string): string | undefined {
  const target = wanted.toLowerCase();
  let i = 0;
  const length = attributes.length;
  while (i < length) {
    while (i < length && isSpace(attributes[i])) i += 1;
    const nameStart = i;
    while (i < length && !isSpace(attributes[i]) && attributes[i] !== '=') i += 1;
    const name = attributes.slice(nameStart, i).toLowerCase();
    while (i < length && isSpace(attributes[i]) && attributes[i] !== '/') i += 1;
    let value = '';
    if (attributes[i] === '=') {
      i += 1;
      while (i < length && isSpace(attributes[i])) i += 1;
      const quote = attributes[i];
      if (quote === '"' || quote === "'") {
        const close = attributes.indexOf(quote, i + 1);
        const end = close < 0 ? length : close;
        value = attributes.slice(i + 1, end);
        i = end + 1;
      } else {
        const start = i;
        while (i < length && !isSpace(attributes[i])) i += 1;
        value = attributes.slice(start, i);
      }
    }
    if (name === target) return decodeEntities(value);
    if (i === nameStart) i += 1;
  }
  return undefined;
}
