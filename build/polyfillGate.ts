/**
 * The core-js polyfills plugin-legacy adds by usage (modernPolyfills: true) come in one chunk that its
 * index.html loads before the entry, in every browser. Babel's usage detection is generous (every `.map(`
 * may be an iterator helper, every Set a set method), so the chunk is ~26 kB gzip that a current browser
 * runs only to find each API already there. This loads it only where something it provides is missing:
 * a small inline script (allowed by its hash) writes the chunk's module script before the entry's, so it
 * still runs first (module scripts run in document order). The gate names the newest standard APIs the
 * chunk provides; an engine that has them all (Chromium 122+, Firefox 131+) has the older ones too.
 */
import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';
import { builtPagePlugin } from './builtPagePlugin.ts';

/** True in an engine that has every standard API the polyfill chunk may provide. ES5, as the notice script. */
export const hasModernApis =
  "typeof structuredClone == 'function' && !!Array.prototype.at && !!Array.prototype.findLast && !!Object.hasOwn" +
  " && typeof Promise.withResolvers == 'function' && typeof Iterator == 'function' && !!Iterator.prototype.map && !!Set.prototype.union";

/** The polyfill chunk plugin-legacy put in the bundle, if any. */
export function polyfillChunk(bundle: OutputBundle): string | undefined {
  return Object.keys(bundle).find((fileName) => /(^|\/)polyfills-[^/]*\.js$/.test(fileName));
}

const polyfillTag = /\s*<script type="module"[^>]*\bsrc="([^"]*polyfills-[^"]*\.js)"[^>]*><\/script>/;

/** index.html with the polyfill chunk's script behind the gate (and `<meta charset>` first in <head>). */
export function gatePolyfills(html: string): string {
  let page = html;
  const tag = polyfillTag.exec(page);
  if (tag) {
    page = page.replace(polyfillTag, '');
    // The tag is written only where needed, so the page names the chunk in a string, not as a script of its own.
    const loader = `<script data-polyfills>if (!(${hasModernApis})) document.write('<script type="module" crossorigin src=' + JSON.stringify(${JSON.stringify(tag[1])}) + '><\\/script>');</script>`;
    // Just before the first module script (the entry), so the written script comes before it.
    page = page.replace(/<script type="module"/, () => `${loader}\n    <script type="module"`);
  }
  // The charset first: a page opened from disk has no HTTP header to say it, and the browser looks only
  // at the first 1024 bytes.
  const charset = /\s*<meta charset="UTF-8"\s*\/?>/i;
  if (charset.test(page)) page = page.replace(charset, '').replace(/<head>/i, () => '<head>\n    <meta charset="UTF-8" />');
  return page;
}

export const polyfillGatePlugin = (): Plugin => builtPagePlugin('polyfill-gate', gatePolyfills);
