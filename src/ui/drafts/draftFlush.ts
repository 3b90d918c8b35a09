/**
 * The open wizard's "save now": the wizard registers its autosave's flush while it is mounted, and whoever
 * is about to leave the draft (a draft switch, the drafts list, another tab taking over) awaits `flush()`
 * first, so nothing typed is lost. Nothing is registered while no wizard is open.
 */
export type DraftFlush = {
  /** Registers the open wizard's flush; returns the unregistration. */
  register(flush: () => Promise<void>): () => void;
  flush(): Promise<void>;
};

export function createDraftFlush(): DraftFlush {
  let current: (() => Promise<void>) | null = null;
  return {
    register(flush) {
      current = flush;
      return () => {
        if (current === flush) current = null;
      };
    },
    flush: () => current?.() ?? Promise.resolve(),
  };
}
