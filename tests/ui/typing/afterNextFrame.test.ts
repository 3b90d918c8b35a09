// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame } from '../../../src/ui/typing/afterNextFrame.ts';

// Frames come only when the test says so; the fallback timer moves only when the test advances it.
function controlledFrames() {
  let frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.push(callback);
    return frames.length;
  });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  return {
    frame(): void {
      const due = frames;
      frames = [];
      for (const callback of due) callback(performance.now());
    },
    get waiting(): number {
      return frames.length;
    },
  };
}

/** Resolves once everything queued behind the frames that have come so far has run (same queue as the product). */
function afterQueued(frames: ReturnType<typeof controlledFrames>): Promise<void> {
  return new Promise<void>((resolve) => {
    afterNextFrame(resolve);
    frames.frame();
  });
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('afterNextFrame', () => {
  it('runs once, just after the next frame: not before it, not inside it, not again from its timer', async () => {
    const frames = controlledFrames();
    let ran!: () => void;
    const done = new Promise<void>((resolve) => (ran = resolve));
    const run = vi.fn(() => ran());
    afterNextFrame(run);
    expect(run).not.toHaveBeenCalled();
    expect(frames.waiting).toBe(1);
    frames.frame();
    // The frame is still being produced: the work follows it, it does not lengthen it.
    expect(run).not.toHaveBeenCalled();
    await done;
    expect(run).toHaveBeenCalledTimes(1);
    // The fallback timer was cleared, so nothing is left to run it a second time.
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs from its timer when no frame comes (a hidden tab), and not again when the frame comes late', async () => {
    const frames = controlledFrames();
    const run = vi.fn();
    afterNextFrame(run, 100);
    vi.advanceTimersByTime(99);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    // The late frame queues it once more; by the time a later callback on the same queue runs, it has been skipped.
    await afterQueued(frames);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs from its timer where there are no frames at all', () => {
    vi.stubGlobal('requestAnimationFrame', undefined);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const run = vi.fn();
    afterNextFrame(run, 100);
    vi.advanceTimersByTime(99);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs work queued in the same frame in the order it was queued, each once', async () => {
    const frames = controlledFrames();
    const order: string[] = [];
    afterNextFrame(() => order.push('a'));
    afterNextFrame(() => order.push('b'));
    await afterQueued(frames);
    expect(order).toEqual(['a', 'b']);
    vi.advanceTimersByTime(1000);
    expect(order).toEqual(['a', 'b']);
  });

  it('runs after a real frame of the test environment', async () => {
    const run = vi.fn();
    await new Promise<void>((resolve) => afterNextFrame(() => {
      run();
      resolve();
    }));
    expect(run).toHaveBeenCalledTimes(1);
  });
});
