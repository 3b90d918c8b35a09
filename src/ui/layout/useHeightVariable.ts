import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps a CSS custom property equal to an element's height in px (on `target`, else on <html>), so
 * sticky offsets and scroll margins follow a header that wraps at narrow widths or zoom. Observed with
 * ResizeObserver: it changes when the header's box does, never on a keystroke.
 */
export function useHeightVariable(source: RefObject<HTMLElement | null>, name: string, target?: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = source.current;
    if (!element) return undefined;
    const holder = target?.current ?? document.documentElement;
    let last = -1;
    const write = () => {
      // Rounded down: what sticks below the element overlaps it by under a pixel (the element is drawn above),
      // never leaves a sliver between them where the content scrolling behind shows through.
      const height = Math.floor(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      holder.style.setProperty(name, `${height}px`);
    };
    write();
    if (typeof ResizeObserver !== 'function') return undefined;
    const observer = new ResizeObserver(write);
    observer.observe(element);
    return () => {
      observer.disconnect();
      holder.style.removeProperty(name);
    };
  }, [source, name, target]);
}
