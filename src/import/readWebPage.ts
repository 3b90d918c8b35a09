import { findArticle } from './findArticle.ts';
import { maxElements, parseHtmlTree, type FrameDocuments } from './htmlTree.ts';
import type { ImportNote } from './importNote.ts';
import type { PageFacts } from './pageFacts.ts';
import { pageMeta } from './pageMeta.ts';
import type { RawBlock } from './rawDocument.ts';
import { readPublishedDate } from './readPublishedDate.ts';
import { readTitle } from './readTitle.ts';
import { treeToBlocks } from './treeToBlocks.ts';

export type WebPage = { readonly document: readonly RawBlock[]; readonly page: PageFacts; readonly notes: readonly ImportNote[] };

// 发布时间：2022-01-20 10:32 / 发布日期：2022年1月20日 / 日期: 2022-01-20 — never 成文日期.
const publishedLine = /(?:^|[^成])((?:发布|公开|发表|上传)?(?:时间|日期)\s*[:：]\s*([12]\d{3}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?))/;
const sourceLine = /(?:来源|发布机构|信息来源)\s*[:：]\s*([^\s|，,:：]{2,40})/;
const infoCell = /^(?:发布|公开)(?:日期|时间)[:：]?$/;

// 来源：本网 / 原创 / 本站: not a body's name.
const bodyName = (name: string) => [...name].length >= 3 && !/^(本网|本站|原创|转载|网站|本单位|互联网)/.test(name);

function titleOf(text: string | undefined): { agency: string; year: number } | undefined {
  if (text === undefined) return undefined;
  // A <title> carries the site after a separator: 某某局2024年政府信息公开工作年度报告-某某县人民政府.
  for (const part of [text, ...text.split(/\s*[-_|—–]+\s*/)]) {
    const title = readTitle(part);
    if (title) return title;
  }
  return undefined;
}

/** Date of publication and 来源 printed beside the title: 发布时间：… 来源：… lines, or an information table's cells. */
function infoNearTitle(blocks: readonly RawBlock[], from: number, to: number): { published?: { iso: string; written: string }; source?: string } {
  const found: { published?: { iso: string; written: string }; source?: string } = {};
  for (let i = Math.max(0, from); i < Math.min(blocks.length, to); i += 1) {
    const block = blocks[i];
    if (!block) continue;
    const lines = block.kind === 'paragraph' ? [block.text] : block.rows.flatMap((row) => row.map((cell, c) => (infoCell.test(cell.replace(/\s+/g, '')) ? `发布日期：${row[c + 1] ?? ''}` : cell)));
    for (const line of lines) {
      const date = publishedLine.exec(line);
      const iso = date?.[2] === undefined ? undefined : readPublishedDate(date[2]);
      if (iso && !found.published) found.published = { iso, written: date?.[1] ?? '' };
      const source = sourceLine.exec(line)?.[1];
      if (source && found.source === undefined && bodyName(source)) found.source = source;
    }
  }
  return found;
}

/**
 * A saved 政府网站 page (and the frames saved with it) → the report's own region as blocks, what the page's
 * metadata says (title, 来源, date of publication), and how it was read.
 */
export function readWebPage(html: string, frames?: FrameDocuments): WebPage | { readonly error: string } {
  const tree = parseHtmlTree(html, frames);
  if (tree.truncated) return { error: `网页结构过于复杂（超过 ${maxElements / 10000} 万个标签），远超一份年度报告的网页，不像是一份年度报告；请只导入报告本身` };
  const page = treeToBlocks(tree.root);
  const meta = pageMeta(tree.metas);
  const notes: ImportNote[] = [];
  const article = findArticle(page);
  let document: readonly RawBlock[] = page.blocks;
  let info: ReturnType<typeof infoNearTitle> = {};
  if (article) {
    const kept = page.blocks.slice(article.start, article.end).filter((block, i) => {
      const facts = page.facts[article.start + i];
      return block.kind === 'table' || !facts || facts.linkChars < facts.chars * 0.6;
    });
    const title = article.titleBlock === undefined ? undefined : page.blocks[article.titleBlock];
    document = title ? [title, ...kept] : kept;
    const left = page.blocks.length - document.length;
    if (left > 0) notes.push({ level: 'info', paths: [], message: `已找到网页中报告正文所在的区域，略去了区域以外的 ${left} 段（导航菜单、栏目链接、相关文章、页脚等）` });
    info = infoNearTitle(page.blocks, (article.titleBlock ?? article.start) - 2, article.start + 4);
  } else {
    info = infoNearTitle(page.blocks, 0, Math.min(page.blocks.length, 60));
  }
  if (tree.framesRead > 0) notes.push({ level: 'info', paths: [], message: `网页中的 ${tree.framesRead} 个内嵌框架已从随网页保存的文件中读取` });

  const metaTitle = titleOf(meta.articleTitle);
  const pageTitle = metaTitle ? { ...metaTitle, from: '网页元数据 ArticleTitle' } : (() => {
    const fromTitle = titleOf(tree.title);
    return fromTitle ? { ...fromTitle, from: '网页标题（<title>）' } : undefined;
  })();
  const published = meta.pubDate && readPublishedDate(meta.pubDate.value)
    ? { iso: readPublishedDate(meta.pubDate.value) ?? '', from: `网页元数据 ${meta.pubDate.name}（${meta.pubDate.value}）` }
    : info.published ? { iso: info.published.iso, from: `网页上的“${info.published.written}”` } : undefined;
  const source = meta.contentSource !== undefined && bodyName(meta.contentSource)
    ? { name: meta.contentSource, from: '网页元数据 ContentSource' }
    : info.source !== undefined ? { name: info.source, from: `网页上的“来源：${info.source}”` } : undefined;
  const facts: PageFacts = {
    ...(pageTitle ? { title: pageTitle } : {}),
    ...(source ? { contentSource: source } : {}),
    ...(published ? { publishedOn: published } : {}),
    ...(meta.siteName !== undefined ? { siteName: meta.siteName } : {}),
    ...(meta.columnName !== undefined ? { columnName: meta.columnName } : {}),
    ...(meta.url !== undefined ? { url: meta.url } : {}),
  };
  return { document, page: facts, notes };
}
