/**
 * A Vite plugin for builds run with SVL_BUNDLE_STATS=<dir>: writes, for every chunk, the rendered size of each module
 * in it (after tree shaking, before minification) to <dir>/<chunk>.json, so the bundle-size benchmark can say what the
 * content script is made of. Not used in ordinary builds.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export function bundleStats(dir: string): Plugin {
  return {
    name: 'svl-bundle-stats',
    apply: 'build',
    generateBundle(_options, bundle) {
      fs.mkdirSync(dir, { recursive: true });
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const modules = Object.entries(chunk.modules)
          .map(([id, m]) => ({ id: path.relative(process.cwd(), id.replace(/\0/g, '')), rendered: m.renderedLength }))
          .filter((m) => m.rendered > 0)
          .sort((a, b) => b.rendered - a.rendered);
        const file = path.join(dir, `${chunk.fileName.replace(/[\\/]/g, '__')}.json`);
        fs.writeFileSync(file, JSON.stringify({ chunk: chunk.fileName, bytes: chunk.code.length, modules }, null, 1));
      }
    },
  };
}
