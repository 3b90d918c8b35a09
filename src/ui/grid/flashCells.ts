// How long pasted cells stay highlighted: long enough to see where the block went.
export const flashMs = 1600;

/**
 * Marks the cells of the given inputs (data-pasted on their <td>, which React does not manage) for a
 * moment; grid.css fades the highlight. Called once per paste, never on a keystroke.
 */
export function flashCells(inputs: readonly (HTMLInputElement | undefined)[]): void {
  const cells = inputs.flatMap((input) => {
    const cell = input?.closest('td');
    return cell ? [cell] : [];
  });
  for (const cell of cells) cell.setAttribute('data-pasted', '');
  setTimeout(() => {
    for (const cell of cells) cell.removeAttribute('data-pasted');
  }, flashMs);
}
