import {Resvg} from '@resvg/resvg-js';

export const defaultPngWidth = 1920;

/** Rasterises an SVG to a PNG `width` pixels wide (height in proportion), with the system's fonts. */
export function svgToPng(svg: string, width = defaultPngWidth): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: {mode: 'width', value: width},
    font: {loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans'},
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
