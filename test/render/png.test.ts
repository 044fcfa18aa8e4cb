import {createRequire} from 'node:module';
import {Resvg} from '@resvg/resvg-js';
import {describe, expect, it} from 'vitest';
import {renderSvg, svgToPng} from '../../source/render/png.js';
import {exportFontName} from '../../source/render/svg-theme.js';
import {timelineSvg} from '../../source/render/svg.js';
import {fixtureTimeline} from '../helpers/fixture-run.js';

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export function pngSize(png: Buffer): {width: number; height: number} {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return {width: png.readUInt32BE(16), height: png.readUInt32BE(20)};
}

const shippedFont = createRequire(import.meta.url).resolve(
  '@expo-google-fonts/jetbrains-mono/400Regular/JetBrainsMono_400Regular.ttf',
);

/** A picture that is only a line of text, in a family no machine has. */
const textOnlySvg = (family: string) =>
  [
    `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60" viewBox="0 0 600 60" font-family="${family}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="10" y="40" font-size="26" fill="#000000">hybrid · 2 baristas · 1.234 s</text>`,
    `</svg>`,
  ].join('\n');

/** How many pixels in the rows [top, bottom) are darker than mid-grey (RGBA pixels). */
function darkPixels(image: {pixels: Buffer; width: number}, top: number, bottom: number): number {
  const pixels = image.pixels; // a getter that copies the whole image: read it once
  let count = 0;
  for (let row = top; row < bottom; row++)
    for (let column = 0; column < image.width; column++) {
      const at = (row * image.width + column) * 4;
      if (pixels[at]! + pixels[at + 1]! + pixels[at + 2]! < 3 * 128) count++;
    }
  return count;
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

  it('draws text with the font it ships, never the machine’s: the same PNG as with no system font at all', () => {
    const withShippedFontOnly = new Resvg(textOnlySvg('No Such Family'), {
      fitTo: {mode: 'width', value: 600},
      font: {loadSystemFonts: false, fontFiles: [shippedFont], defaultFontFamily: exportFontName},
      shapeRendering: 2,
      textRendering: 1,
    }).render();
    // The reference itself has text: a machine without fonts would get a blank strip.
    expect(darkPixels(withShippedFontOnly, 0, 60)).toBeGreaterThan(500);
    expect(svgToPng(textOnlySvg('No Such Family'), 600).equals(withShippedFontOnly.asPng())).toBe(
      true,
    );
  });

  it('names the shipped font first in the svg, so a browser that has it draws the same', () => {
    expect(svg).toContain(`font-family="'${exportFontName}',`);
  });

  it('has the title written where the title is, in the picture the export writes', () => {
    const withoutFonts = new Resvg(svg, {
      fitTo: {mode: 'width', value: 1600},
      font: {loadSystemFonts: false},
    }).render();
    // Without a font the title band (y 20–56 of the layout) is empty: the old PNG on a slim machine.
    expect(darkPixels(withoutFonts, 20, 56)).toBe(0);
    expect(darkPixels(renderSvg(svg, 1600), 20, 56)).toBeGreaterThan(2000);
  });
});
