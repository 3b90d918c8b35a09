import { escapeHtml } from '../escapeHtml.ts';

export type HtmlDocumentParts = {
  readonly title: string;
  /** The page's Content-Security-Policy: what it may load and run (nothing from elsewhere). */
  readonly policy: string;
  readonly css: string;
  /** Markup inside <body>, already escaped. */
  readonly body: string;
  /** Inline script at the end of the body, for a page that has one. */
  readonly script?: string;
  /** Extra <meta name content> pairs (the generator and the report's content fingerprint). */
  readonly meta?: readonly { readonly name: string; readonly content: string }[];
};

/** A self-contained HTML page: its style sheet (and script, if any) inline, its policy in a meta tag. */
export function htmlDocument({ title, policy, css, body, script, meta = [] }: HtmlDocumentParts): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    ...meta.map((m) => `<meta name="${escapeHtml(m.name)}" content="${escapeHtml(m.content)}">`),
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${css}\n</style>`,
    '</head>',
    '<body>',
    body,
    ...(script === undefined ? [] : [`<script>${script}</script>`]),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
