/**
 * Runs a task once the clerk pauses: `delayMs` after the last request, then when the browser is idle
 * (so a full check never lands on top of the next keystroke). A new request cancels the pending run.
 */
export function createPauseScheduler(task: () => void): { request(delayMs: number): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    if (idle !== undefined && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    timer = undefined;
    idle = undefined;
  };
  return {
    request: (delayMs) => {
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        if (typeof requestIdleCallback === 'function') {
          idle = requestIdleCallback(() => {
            idle = undefined;
            task();
          }, { timeout: 1000 });
        } else task();
      }, delayMs);
    },
    cancel,
  };
}
