import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

/** The toolbar and store sizes the manifest asks for. */
export const ICON_SIZES = [16, 32, 48, 128] as const;
/** Tile colour of the source icon, and of the grey "paused or not a portal" state made from it. */
export const ACTIVE_TILE = '#0b5d8c';
export const IDLE_TILE = '#5f6b73';

const SOURCE = path.join(import.meta.dirname, 'icon.svg');

/** The SVG source, active or idle (grey). Only the tile colour changes: same shape, same white lens. */
export function iconSvg(state: 'active' | 'idle'): string {
  const svg = fs.readFileSync(SOURCE, 'utf8');
  if (!svg.includes(ACTIVE_TILE)) throw new Error(`assets/icon.svg no longer uses the tile colour ${ACTIVE_TILE}`);
  return state === 'active' ? svg : svg.replaceAll(ACTIVE_TILE, IDLE_TILE);
}

/** One PNG of the icon at `size` pixels square. */
export function renderIcon(state: 'active' | 'idle', size: number): Buffer {
  const resvg = new Resvg(iconSvg(state), { fitTo: { mode: 'width', value: size } });
  return Buffer.from(resvg.render().asPng());
}

/**
 * Write icon/{16,32,48,128}.png and icon/idle-{16,32}.png under `dir` (the build's public files come from here),
 * returning the paths relative to `dir`.
 */
export function writeIcons(dir: string): string[] {
  const written: string[] = [];
  const out = (name: string, png: Buffer) => {
    const file = path.join(dir, 'icon', name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, png);
    written.push(`icon/${name}`);
  };
  for (const size of ICON_SIZES) out(`${size}.png`, renderIcon('active', size));
  for (const size of [16, 32, 48] as const) out(`idle-${size}.png`, renderIcon('idle', size));
  return written;
}

// `npx tsx assets/render-icons.ts <dir>` writes the PNGs to look at them.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const dir = process.argv[2] ?? '/tmp/svl-icons';
  console.log(
    writeIcons(dir)
      .map((f) => path.join(dir, f))
      .join('\n'),
  );
}
