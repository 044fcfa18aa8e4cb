import {describe, expect, it} from 'vitest';
import {svgToPng} from '../../source/render/png.js';
import {timelineSvg} from '../../source/render/svg.js';
import {fixtureTimeline} from '../helpers/fixture-run.js';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngSize(png: Buffer): {width: number; height: number} {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return {width: png.readUInt32BE(16), height: png.readUInt32BE(20)};
}

describe('the png export', () => {
  const {timeline, figures} = fixtureTimeline();
  const svg = timelineSvg(timeline, figures, {theme: 'light'});

  it('is 1920 px wide by default, its height in proportion', () => {
    const {width, height} = pngSize(svgToPng(svg));
    expect(width).toBe(1920);
    const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!;
    expect(height).toBeCloseTo((1920 * Number(viewBox[2])) / Number(viewBox[1]), -1);
  });

  it('decodes at the width asked for', () => {
    expect(pngSize(svgToPng(svg, 800)).width).toBe(800);
  });
});
