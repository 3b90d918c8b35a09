import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { generateDraft, type DraftSentence } from '../../../model/narrative/draftTemplate.ts';
import type { Report } from '../../../model/reportSchema.ts';

type Props = {
  readonly sentences: readonly DraftSentence[];
  readonly report: () => Report;
  readonly onInsert: (sentence: DraftSentence, text: string) => void;
};

// Why a sentence cannot be generated yet, in the clerk's terms.
const unavailableReason = (sentence: DraftSentence): string =>
  sentence.id === 'opening-contact' ? '请先在基本信息中填写网址或联系电话' : '表格中还有空白或无效的格子，填完后才能生成';

/** A menu button listing the sentences generated from the tables for this field; arrow keys move, Esc closes. */
export function InsertSentenceMenu({ sentences, report, onInsert }: Props) {
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<readonly { sentence: DraftSentence; text: string | undefined }[]>([]);
  const button = useRef<HTMLButtonElement | null>(null);
  const menu = useRef<HTMLDivElement | null>(null);
  const id = useId();

  const focusItem = (index: number) => {
    const all = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    if (all.length === 0) return;
    all[(index + all.length) % all.length]?.focus();
  };
  const openMenu = () => {
    // Generated when opened, so the figures are the ones in the tables now.
    const current = report();
    setItems(sentences.map((sentence) => ({ sentence, text: generateDraft(sentence, current) })));
    setOpen(true);
    requestAnimationFrame(() => focusItem(0));
  };
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    const moves: Record<string, () => void> = {
      ArrowDown: () => focusItem(at + 1),
      ArrowUp: () => focusItem(at - 1),
      Home: () => focusItem(0),
      End: () => focusItem(all.length - 1),
      Escape: close,
      Tab: () => setOpen(false),
    };
    const move = moves[event.key];
    if (!move) return;
    if (event.key !== 'Tab') event.preventDefault();
    move();
  };

  return (
    <div className="drafting-menu">
      <button
        type="button"
        ref={button}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? close() : openMenu())}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            openMenu();
          }
        }}
      >
        插入按表格生成的句子
      </button>
      {open && (
        <div role="menu" id={`${id}-menu`} aria-label="按表格生成的句子" ref={menu} onKeyDown={onMenuKey} className="drafting-menu-list">
          {items.map(({ sentence, text }) => (
            <button
              key={sentence.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              aria-disabled={text === undefined}
              aria-describedby={`${id}-${sentence.id}`}
              onClick={() => {
                if (text === undefined) return;
                onInsert(sentence, text);
                close();
              }}
            >
              <span className="drafting-menu-label">{sentence.label}</span>
              <span className="drafting-menu-sample" id={`${id}-${sentence.id}`}>{text ?? unavailableReason(sentence)}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
