import { afterEach, describe, expect, it, vi } from 'vitest';
import { importOffThread, importTimedOutMessage, importTimeLimitMs } from '../../../src/ui/import/importOffThread.ts';

type Listener = ((event: unknown) => void) | null;

// A worker that takes the input and never answers (a read that never ends), or one that fails to start.
function fakeWorker(behaviour: 'silent' | 'broken') {
  const created: { terminated: boolean; posted: unknown[] }[] = [];
  class FakeWorker {
    onmessage: Listener = null;
    onerror: Listener = null;
    readonly state = { terminated: false, posted: [] as unknown[] };
    constructor() {
      created.push(this.state);
    }
    postMessage(message: unknown) {
      this.state.posted.push(message);
      if (behaviour === 'broken') queueMicrotask(() => this.onerror?.({ preventDefault: () => undefined }));
    }
    terminate() {
      this.state.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return created;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('importOffThread', () => {
  it('stops a worker that has not answered within the time limit and says so in Chinese', async () => {
    vi.useFakeTimers();
    const workers = fakeWorker('silent');
    const result = importOffThread({ kind: 'text', data: '一、总体情况' });
    await vi.advanceTimersByTimeAsync(importTimeLimitMs + 1);
    expect(await result).toEqual({ ok: false, error: importTimedOutMessage });
    expect(importTimedOutMessage).toMatch(/读取超过 60 秒仍未完成，已停止读取/);
    expect(workers).toEqual([{ terminated: true, posted: [{ kind: 'text', data: '一、总体情况' }] }]);
  });

  it('reads in this thread when the worker cannot start, with the same result', async () => {
    const workers = fakeWorker('broken');
    const result = await importOffThread({ kind: 'json', data: '{' });
    expect(result).toEqual({ ok: false, error: '不是有效的 JSON 文件，无法读取' });
    expect(workers[0]?.terminated).toBe(true);
  });
});
