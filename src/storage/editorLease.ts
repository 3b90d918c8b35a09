// One tab edits a draft, the others show it read-only. Tabs talk over a BroadcastChannel (it works on plain
// http:// intranet servers, where Web Locks do not exist): a tab opening a draft asks who edits it; the
// editor answers. Taking over asks the editor to save and step back first. The store's revision check is
// the backstop when the channel is missing or two tabs race.

export type LeaseRole = 'pending' | 'editor' | 'viewer';
/** Why a tab is a viewer: another tab was editing when it opened, another tab took over, or the editing tab has gone. */
export type ViewerReason = 'other-tab' | 'taken-over' | 'editor-left';

type Message = { readonly type: 'who' | 'editing' | 'takeover' | 'released'; readonly draftId: string; readonly from: string };

const channelName = 'gov-info-annual-report:editors';
/** How long a tab opening a draft waits for an editor's answer. */
export const claimWaitMs = 250;
/** How long a take-over waits for the editor to save and step back (a frozen tab does not answer). */
export const releaseWaitMs = 2000;

const tabId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export type EditorLease = {
  /** Asks the editor to save and step back, runs `reload` (the newest stored draft), then edits here. */
  takeOver(reload: () => Promise<void>): Promise<void>;
  close(): void;
};

export type LeaseHandlers = {
  readonly onRole: (role: LeaseRole, reason?: ViewerReason) => void;
  /** Saves what this tab has before another tab takes over. */
  readonly beforeRelease: () => Promise<void>;
};

export function createEditorLease(draftId: string, { onRole, beforeRelease }: LeaseHandlers): EditorLease {
  if (typeof BroadcastChannel !== 'function') {
    onRole('editor');
    return { takeOver: async (reload) => reload(), close: () => {} };
  }
  const channel = new BroadcastChannel(channelName);
  let role: LeaseRole = 'pending';
  let released: (() => void) | null = null;
  const post = (type: Message['type']) => channel.postMessage({ type, draftId, from: tabId } satisfies Message);
  const become = (next: LeaseRole, reason?: ViewerReason) => {
    role = next;
    onRole(next, reason);
  };
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    if (!message || message.draftId !== draftId || message.from === tabId) return;
    if (message.type === 'who') {
      // Two tabs opening at once: the one with the smaller id claims it.
      if (role === 'editor' || (role === 'pending' && tabId < message.from)) post('editing');
    } else if (message.type === 'editing') {
      if (role === 'pending') become('viewer', 'other-tab');
    } else if (message.type === 'takeover') {
      if (role !== 'editor') return;
      role = 'viewer';
      void beforeRelease()
        .catch(() => undefined)
        .then(() => {
          become('viewer', 'taken-over');
          post('released');
        });
    } else if (message.type === 'released') {
      if (released) released();
      else if (role === 'viewer') become('viewer', 'editor-left');
    }
  };
  // A closing tab runs no React cleanup: say so on pagehide, so a viewer knows it can edit now.
  const onPageHide = () => {
    if (role === 'editor') post('released');
  };
  window.addEventListener('pagehide', onPageHide);
  const claim = setTimeout(() => {
    if (role === 'pending') become('editor');
  }, claimWaitMs);
  post('who');
  return {
    takeOver: (reload) =>
      new Promise<void>((resolve) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const done = () => {
          if (timer !== undefined) clearTimeout(timer);
          released = null;
          role = 'editor'; // answers "who" from now on
          void reload()
            .catch(() => undefined)
            .then(() => {
              become('editor');
              resolve();
            });
        };
        released = done;
        timer = setTimeout(done, releaseWaitMs);
        post('takeover');
      }),
    close: () => {
      clearTimeout(claim);
      window.removeEventListener('pagehide', onPageHide);
      if (role === 'editor') post('released');
      channel.close();
    },
  };
}
