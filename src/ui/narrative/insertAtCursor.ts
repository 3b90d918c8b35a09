/** The text with `insert` placed at the selection (replacing it), and where the cursor goes after. */
export function insertAtCursor(value: string, start: number, end: number, insert: string): { value: string; cursor: number } {
  const from = Math.max(0, Math.min(start, value.length));
  const to = Math.max(from, Math.min(end, value.length));
  return { value: value.slice(0, from) + insert + value.slice(to), cursor: from + insert.length };
}
