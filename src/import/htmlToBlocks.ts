import { parseHtmlTree } from './htmlTree.ts';
import type { RawDocument } from './rawDocument.ts';
import { treeToBlocks } from './treeToBlocks.ts';

/** HTML (a fragment pasted from the browser, mammoth's output) → paragraphs and tables, all of them. */
export function htmlToBlocks(html: string): RawDocument {
  return treeToBlocks(parseHtmlTree(html).root).blocks;
}
