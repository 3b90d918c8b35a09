/**
 * Work done by regular expressions while `run` runs: how far each exec (and so test, match, matchAll, replace,
 * split) went through its input — to the end of its match, or to the end of the input when it found none.
 * A deterministic measure of how much text a check reads, unlike wall time.
 */
export function regexWork(run: () => void): number {
  const original = RegExp.prototype.exec;
  let work = 0;
  RegExp.prototype.exec = function exec(this: RegExp, input: string) {
    const text = String(input);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const match = original.call(this, text);
    work += Math.max(1, (match ? match.index + match[0].length : text.length) - from);
    return match;
  };
  try {
    run();
  } finally {
    RegExp.prototype.exec = original;
  }
  return work;
}
