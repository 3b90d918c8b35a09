/** How often each grid part has rendered, by key (a cell path, `table:<id>`, `offer:<path>`): read by the tests that keep keystrokes cheap. */
export const renderCounts = new Map<string, number>();

export function countRender(key: string): void {
  renderCounts.set(key, (renderCounts.get(key) ?? 0) + 1);
}
