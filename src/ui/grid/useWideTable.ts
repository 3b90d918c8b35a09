import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Whether the table is wider than the space for it. Only then does the grid scroll sideways (and clip):
 * otherwise a cell's tip may reach past the table's edge instead of being cut off.
 */
export function useWideTable(box: RefObject<HTMLElement | null>): boolean {
  const [wide, setWide] = useState(false);
  useLayoutEffect(() => {
    const element = box.current;
    const table = element?.firstElementChild;
    if (!element || !(table instanceof HTMLElement) || typeof ResizeObserver !== 'function') return;
    const measure = () => setWide(table.offsetWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    observer.observe(table);
    measure();
    return () => observer.disconnect();
  }, [box]);
  return wide;
}
