// Ink 6.8.0's build/measure-text.js for the bundle (patches/ink/plugin.js), with its
// cache bounded: Ink's is a Map that keeps every text ever measured, and a live run
// draws new lane strings every frame, so it grew for as long as a run was shown.
import {LRUCache} from 'lru-cache';
import widestLine from './widest-line.js';

const cache = new LRUCache({max: 20_000});

const measureText = (text) => {
  if (text.length === 0) {
    return {
      width: 0,
      height: 0,
    };
  }
  const cachedDimensions = cache.get(text);
  if (cachedDimensions) {
    return cachedDimensions;
  }
  const width = widestLine(text);
  const height = text.split('\n').length;
  const dimensions = {width, height};
  cache.set(text, dimensions);
  return dimensions;
};
export default measureText;
