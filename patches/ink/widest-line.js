// widest-line for Ink's modules in the bundle (patches/ink/plugin.js), with a cache.
// Ink 6.8.0 measures every text node's widest line on every frame
// (render-node-to-output.js) without one, and a lane's glyphs (│ ✓ · ⠋) take
// string-width's slow path (Intl.Segmenter and Unicode regexes) on each call.
// Bounded: a long run draws new strings every frame.
import {LRUCache} from 'lru-cache';
import widestLine from 'widest-line';

const widths = new LRUCache({max: 20_000});

export default function cachedWidestLine(text) {
  let width = widths.get(text);
  if (width === undefined) {
    width = widestLine(text);
    widths.set(text, width);
  }
  return width;
}
