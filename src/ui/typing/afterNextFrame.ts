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
  requestAnimationFrame(() => postAfterFrame(once));
}

// One channel for the page's life (opening one per keystroke costs more than the message itself): a message
// posted from a frame callback runs as soon as that frame is done, without a timer's minimum delay.
let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

function postAfterFrame(run: () => void): void {
  if (channel === null) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const batch = waiting.splice(0);
      for (const next of batch) next();
    };
  }
  waiting.push(run);
  if (waiting.length === 1) channel.port2.postMessage(null);
}
