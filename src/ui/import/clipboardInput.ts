import type { ImportInput } from '../../import/inputKind.ts';

type ClipboardLike = { getData: (format: string) => string };

/** What was pasted: the browser's text/html when present (tables keep their cells), else the plain text. */
export function clipboardInput(clipboard: ClipboardLike): ImportInput | undefined {
  const html = clipboard.getData('text/html');
  if (html.trim() !== '') return { kind: 'html', data: html };
  const text = clipboard.getData('text/plain');
  if (text.trim() !== '') return { kind: 'text', data: text };
  return undefined;
}
