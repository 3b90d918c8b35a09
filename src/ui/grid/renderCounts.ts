/** How often each value cell has rendered: read by the component tests that keep keystrokes cheap. */
export const cellRenderCounts = new Map<string, number>();

export function countCellRender(path: string): void {
  cellRenderCounts.set(path, (cellRenderCounts.get(path) ?? 0) + 1);
}
