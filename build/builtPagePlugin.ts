import type { Plugin } from 'vite';

/**
 * A build plugin that rewrites the built index.html last, after every other plugin has changed it
 * (the polyfill gate, then the security policy hashing the page's inline scripts as they finally are).
 */
export const builtPagePlugin = (name: string, rewrite: (html: string) => string): Plugin => ({
  name,
  apply: 'build',
  enforce: 'post',
  generateBundle: {
    order: 'post',
    handler(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type === 'asset') index.source = rewrite(String(index.source));
    },
  },
});
