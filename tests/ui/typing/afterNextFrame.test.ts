// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { afterNextFrame } from '../../../src/ui/typing/afterNextFrame.ts';

describe('afterNextFrame', () => {
  it('runs once, after the next animation frame', async () => {
    const run = vi.fn();
    afterNextFrame(run);
    expect(run).not.toHaveBeenCalled();
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    expect(run).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs from its timer when no frame comes (a hidden tab), still once', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame'] });
    try {
      const run = vi.fn();
      afterNextFrame(run, 100);
      vi.advanceTimersByTime(99);
      expect(run).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(run).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
