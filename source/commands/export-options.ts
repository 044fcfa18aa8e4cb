import {basename, extname} from 'node:path';
import type {RawFlags} from '../cli/options.js';
import {themeNames, type ThemeName} from '../protocol/vocabulary.js';
import {UsageError} from '../usage-error.js';
import {defaultPngWidth} from '../render/png.js';

export const exportFormats = ['svg', 'png', 'txt', 'md', 'mermaid', 'trace'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The file extension each format is written with. */
export const formatExtension: Record<ExportFormat, string> = {
  svg: '.svg',
  png: '.png',
  txt: '.txt',
  md: '.md',
  mermaid: '.mmd',
  trace: '.trace.json',
};

export const isPicture = (format: ExportFormat): boolean => format === 'svg' || format === 'png';

export type ExportSettings = {
  /** The saved run to export. */
  runFile: string;
  format: ExportFormat;
  /** Where to write: a path, '-' for stdout, or null for the format's default. */
  out: string | null;
  theme: ThemeName;
  width: number | null;
  /** PNG only: pixels per layout pixel (2 for high-density screens: a 3840-wide picture). */
  scale: number;
  force: boolean;
  /** --flowchart (mermaid only): the guide's flowchart annotated with the run's figures, not its lanes. */
  flowchart: boolean;
};

/** The largest PNG side brewlanes draws, in pixels (width × scale). */
export const maxPictureWidth = 10_000;

/** Flags only `brewlanes export` reads. */
export const exportOnlyFlags = ['format', 'out', 'width', 'flowchart', 'scale'] as const;

function formatOfPath(path: string): ExportFormat | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.trace.json') || lower.endsWith('.json')) return 'trace';
  if (lower.endsWith('.mmd') || lower.endsWith('.mermaid')) return 'mermaid';
  const extension = extname(lower).slice(1);
  return (exportFormats as readonly string[]).includes(extension)
    ? (extension as ExportFormat)
    : null;
}

const text = (flags: RawFlags, name: string): string | undefined => {
  const value = flags[name];
  return typeof value === 'string' ? value : undefined;
};

/** Validates `brewlanes export <run.json>` and its flags; throws a UsageError naming what is wrong. */
export function exportSettings(runFile: string | undefined, flags: RawFlags): ExportSettings {
  if (runFile === undefined || runFile.trim() === '') {
    throw new UsageError(
      'export needs a saved run: brewlanes export run.json --format svg (save one with --save run.json)',
    );
  }
  const out = text(flags, 'out') ?? null;
  if (out !== null && out.trim() === '')
    throw new UsageError('--out needs a file name, or - for stdout');
  const given = text(flags, 'format');
  const flowchart = flags.flowchart === true;
  let format: ExportFormat;
  if (given !== undefined) {
    if (!(exportFormats as readonly string[]).includes(given)) {
      throw new UsageError(
        `--format ${JSON.stringify(given)} is not accepted; use one of ${exportFormats.join(', ')}`,
      );
    }
    format = given as ExportFormat;
  } else {
    // --flowchart alone says mermaid, the one format that draws it.
    const inferred = out !== null && out !== '-' ? formatOfPath(out) : flowchart ? 'mermaid' : null;
    if (inferred === null) {
      throw new UsageError(
        `export needs --format: one of ${exportFormats.join(', ')} (or an --out file ending in .svg, .png, .txt, .md, .mmd or .json)`,
      );
    }
    format = inferred;
  }
  const theme = text(flags, 'theme') ?? 'dark';
  if (!(themeNames as readonly string[]).includes(theme)) {
    throw new UsageError(
      `--theme ${JSON.stringify(theme)} is not accepted; use one of ${themeNames.join(', ')}`,
    );
  }
  const widthText = text(flags, 'width');
  let width: number | null = null;
  if (widthText !== undefined) {
    if (!isPicture(format))
      throw new UsageError(`--width is for the svg and png formats, not ${format}`);
    if (!/^\d+$/.test(widthText.trim()) || Number(widthText) < 200 || Number(widthText) > 10_000) {
      throw new UsageError(
        `--width ${JSON.stringify(widthText)} is not accepted; use a whole number of pixels from 200 to 10000`,
      );
    }
    width = Number(widthText);
  }
  if (flowchart && format !== 'mermaid')
    throw new UsageError(`--flowchart is for the mermaid format, not ${format}`);
  if (flags.theme !== undefined && !isPicture(format)) {
    throw new UsageError(`--theme is for the svg and png formats, not ${format}`);
  }
  const scale = scaleSetting(text(flags, 'scale'), format, width);
  return {
    runFile,
    format,
    out,
    theme: theme as ThemeName,
    width,
    scale,
    force: flags.force === true,
    flowchart,
  };
}

/** `--scale N`: 1 to 4 (decimals allowed), for a PNG; its width times N stays at most 10000 px. */
function scaleSetting(
  given: string | undefined,
  format: ExportFormat,
  width: number | null,
): number {
  if (given === undefined) return 1;
  if (format !== 'png')
    throw new UsageError(
      `--scale is for the png format, not ${format} (an svg is sharp at any size)`,
    );
  const scale = Number(given.trim());
  if (!/^\d+(\.\d+)?$/.test(given.trim()) || scale < 1 || scale > 4) {
    throw new UsageError(
      `--scale ${JSON.stringify(given)} is not accepted; use a number from 1 to 4 (2 for high-density screens)`,
    );
  }
  const pixels = Math.round((width ?? defaultPngWidth) * scale);
  if (pixels > maxPictureWidth)
    throw new UsageError(
      `--scale ${given} makes a picture ${pixels} px wide; at most ${maxPictureWidth} (lower --width or --scale)`,
    );
  return scale;
}

/** The default file of a picture: the run's name with the format's extension, in the working directory. */
export function defaultOutPath(runFile: string, format: ExportFormat): string {
  const name = basename(runFile).replace(/\.json$/i, '') || 'run';
  return `${name}${formatExtension[format]}`;
}
