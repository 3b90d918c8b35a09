/**
 * Runs `run` once, just after the browser has produced the next frame: the typed character is shown
 * first, the work it causes (form write, checks, marks) follows in the frame after. If no frame comes
 * (a hidden tab, a test environment without frames) a timer runs it instead; it never runs twice.
 */
export function afterNextFrame(run: () => void, fallbackMs = 100): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    run();
  };
  const timer = setTimeout(once, fallbackMs);
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') return;
  requestAnimationFrame(() => {
    // A message, not a timer: it runs as soon as the frame is done, without a timer's minimum delay.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      once();
    };
    channel.port2.postMessage(null);
  });
}
