export type CopyOutcome = 'html' | 'source';

/**
 * Puts the CMS form on the clipboard as text/html (with a plain-text twin). Where the browser has no
 * ClipboardItem, the HTML source goes as text, for the editor's source mode. Throws when the browser refuses.
 */
export async function copyHtmlToClipboard(html: string, plainText: string): Promise<CopyOutcome> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (clipboard && typeof clipboard.write === 'function' && typeof ClipboardItem !== 'undefined') {
    await clipboard.write([new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([plainText], { type: 'text/plain' }),
    })]);
    return 'html';
  }
  if (clipboard && typeof clipboard.writeText === 'function') {
    await clipboard.writeText(html);
    return 'source';
  }
  throw new Error('clipboard unavailable');
}

export const copyMessages = {
  html: '已复制。请到网站后台的编辑器里直接粘贴（Ctrl+V），表格和格式会一并带上。',
  source: '这个浏览器只能复制纯文本，已复制网页源代码：请在网站编辑器的“源代码”或“HTML”模式中粘贴。',
  refused: '浏览器拒绝了复制（可能没有剪贴板权限，或页面不是从本机或 https 地址打开的）。请改用“下载网站编辑器用网页”，再把文件内容粘贴到网站编辑器。',
} as const;
