// The page's Content-Security-Policy. The app runs only its own files; the one inline script (the notice
// for browsers too old to run the app, index.html) is allowed by its hash, never by 'unsafe-inline'.
// Styles may be inline because the preview iframe (srcdoc, which inherits this policy) shows the exported
// page with its own <style>. The one-file build (singleFileBuild.ts) loads its parts from blob: URLs made
// from text inside the page, so it adds blob: for scripts and workers — and nothing else.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { builtPagePlugin } from './builtPagePlugin.ts';

/** The text of every inline script that runs (type absent, text/javascript or module), in page order. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type !== undefined && type !== 'module' && type !== 'text/javascript') continue;
    scripts.push(match[2] ?? '');
  }
  return scripts;
}

const hashOf = (script: string) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;

export function securityPolicy(html: string, options: { readonly blob: boolean }): string {
  const scriptSources = ["'self'", ...inlineScripts(html).map(hashOf), ...(options.blob ? ['blob:'] : [])];
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    ...(options.blob ? ['worker-src blob:'] : []),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Puts the policy in <head> before any script (build only: the dev server injects inline scripts of its own). */
export function withSecurityPolicy(html: string, options: { readonly blob: boolean }): string {
  const withoutOld = html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(securityPolicy(withoutOld, options))}">`;
  // After <meta charset> when it leads the head (it must stay within the first 1024 bytes), else first.
  const charset = /<head>\s*<meta charset="[^"]*"\s*\/?>/i;
  if (charset.test(withoutOld)) return withoutOld.replace(charset, (head) => `${head}\n    ${meta}`);
  return withoutOld.replace(/<head>/i, () => `<head>\n    ${meta}`);
}

/** Sets the policy on the built index.html, once every other plugin has changed the page. */
export const securityPolicyPlugin = (options: { readonly blob: boolean }): Plugin =>
  builtPagePlugin('content-security-policy', (html) => withSecurityPolicy(html, options));
