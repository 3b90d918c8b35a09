// The browsers the app supports, from package.json's `browserslist` (one statement for every tool): the
// bundler lowers JS syntax to them (plugin-legacy turns its modernTargets into build.target), lightningcss
// lowers CSS, plugin-legacy adds the core-js polyfills their engines lack, and the compatibility tests check
// the built files against the same list.
import browserslist from 'browserslist';
import { browserslistToTargets, type Targets } from 'lightningcss';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const projectRoot = join(import.meta.dirname, '..');

/** The `browserslist` queries of package.json. */
export function supportedBrowsers(): string[] {
  const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { browserslist?: string[] };
  if (!manifest.browserslist?.length) throw new Error('package.json has no browserslist');
  return manifest.browserslist;
}

/** CSS targets in lightningcss's form. */
export const cssTargets = (): Targets => browserslistToTargets(browserslist(supportedBrowsers()));
