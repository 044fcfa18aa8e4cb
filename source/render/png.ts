import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import {Resvg, type RenderedImage} from '@resvg/resvg-js';
import {exportFontName} from './svg-theme.js';

export const defaultPngWidth = 1920;

/**
 * JetBrains Mono (SIL Open Font License 1.1), regular and bold, shipped as TrueType in
 * the npm package `@expo-google-fonts/jetbrains-mono` (resvg reads no woff2). The
 * picture is drawn with these files only, never the machine's fonts: a slim container
 * with no fonts at all gets the same PNG as a desktop.
 */
const fontPackage = '@expo-google-fonts/jetbrains-mono';
const fontFiles = [
  `${fontPackage}/400Regular/JetBrainsMono_400Regular.ttf`,
  `${fontPackage}/700Bold/JetBrainsMono_700Bold.ttf`,
];

let resolvedFontFiles: string[] | undefined;

/** The shipped font files' paths; an install without them is refused, never drawn without text. */
export function exportFontFiles(): string[] {
  if (resolvedFontFiles) return resolvedFontFiles;
  const require = createRequire(import.meta.url);
  const paths = fontFiles.map((file) => {
    try {
      return require.resolve(file);
    } catch {
      return file;
    }
  });
  const missing = paths.filter((path) => !existsSync(path));
  if (missing.length > 0)
    throw new Error(
      `the font for PNG pictures is missing (${missing.join(', ')}): reinstall brewlanes (npm install)`,
    );
  resolvedFontFiles = paths;
  return paths;
}

/** Rasterises an SVG `width` pixels wide (height in proportion) with the shipped font only. */
export function renderSvg(svg: string, width = defaultPngWidth): RenderedImage {
  const resvg = new Resvg(svg, {
    fitTo: {mode: 'width', value: width},
    font: {
      loadSystemFonts: false,
      fontFiles: exportFontFiles(),
      // Every family the SVG names, generic or not, falls back to the one font loaded.
      defaultFontFamily: exportFontName,
      sansSerifFamily: exportFontName,
      serifFamily: exportFontName,
      monospaceFamily: exportFontName,
    },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render();
}

/** An SVG as a PNG `width` pixels wide (height in proportion), the same on every machine. */
export function svgToPng(svg: string, width = defaultPngWidth): Buffer {
  return renderSvg(svg, width).asPng();
}
