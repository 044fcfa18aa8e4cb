import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {loadRun} from '../record/run-file.js';
import {writeFileAtomically} from '../record/output-file.js';
import type {Figures} from '../timeline/figures.js';
import {timelineFromEvents, type Timeline} from '../timeline/reduce.js';
import {timelineMermaid} from '../render/mermaid.js';
import {timelineFlowchart} from '../render/flowchart.js';
import {defaultPngWidth, svgToPng} from '../render/png.js';
import {timelineSvg} from '../render/svg.js';
import type {ThemeName} from '../protocol/vocabulary.js';
import {timelineMarkdown, timelineTxt} from '../render/text.js';
import {timelineTrace} from '../render/trace.js';
import {skinSetting, type RawFlags} from '../cli/options.js';
import {UsageError} from '../usage-error.js';
import {defaultOutPath, exportSettings, isPicture, type ExportSettings} from './export-options.js';
import {figuresOfRun} from './run-report.js';
import {inertText} from '../protocol/inert-text.js';

/**
 * One export of a run: a pure function of its timeline and figures (and, for the
 * flowchart, the cores of the machine it ran on, when the run file says).
 */
export function renderExport(
  timeline: Timeline,
  figures: Figures,
  settings: Pick<ExportSettings, 'format' | 'theme' | 'width'> & {
    flowchart?: boolean;
    scale?: number;
  },
  machineCores: number | null = null,
): string | Buffer {
  const {format, theme, width} = settings;
  const scale = settings.scale ?? 1;
  if (settings.flowchart === true && format === 'mermaid')
    return timelineFlowchart(timeline, figures, machineCores);
  switch (format) {
    case 'svg':
      return timelineSvg(timeline, figures, {theme, ...(width === null ? {} : {width})});
    case 'png':
      return svgToPng(
        timelineSvg(timeline, figures, {theme}),
        Math.round((width ?? defaultPngWidth) * scale),
      );
    case 'txt':
      return timelineTxt(timeline, figures);
    case 'md':
      return timelineMarkdown(timeline, figures);
    case 'mermaid':
      return timelineMermaid(timeline, figures);
    case 'trace':
      return `${JSON.stringify(timelineTrace(timeline, figures))}\n`;
  }
}

/**
 * Exports a run's timeline to a file (the dashboard's `e` key calls this with the
 * live timeline). Written whole through a temporary file; an existing file is
 * refused unless `force`.
 */
export function writeExport(
  path: string,
  timeline: Timeline,
  figures: Figures,
  settings: Pick<ExportSettings, 'format' | 'theme' | 'width' | 'force'> & {
    flowchart?: boolean;
    scale?: number;
  },
  machineCores: number | null = null,
): void {
  writeFileAtomically(
    path,
    renderExport(timeline, figures, settings, machineCores),
    settings.force,
    `export to ${path}`,
  );
}

/**
 * The dashboard's `e` key: the run shown as svg and txt in `folder`, named after
 * the mode and the time (`brewlanes-hybrid-2026-11-23T09-24-44.svg`), never
 * overwriting a file. Returns the paths written, for the notice.
 */
export function exportForSlides(
  timeline: Timeline,
  figures: Figures,
  options: {folder?: string; now?: Date; theme?: ThemeName} = {},
): string[] {
  const stamp = (options.now ?? new Date()).toISOString().slice(0, 19).replace(/:/g, '-');
  const base = join(options.folder ?? '.', `brewlanes-${timeline.info.mode}-${stamp}`);
  let name = base;
  for (let n = 2; existsSync(`${name}.svg`) || existsSync(`${name}.txt`); n++)
    name = `${base}-${n}`;
  const paths = [`${name}.svg`, `${name}.txt`];
  const common = {theme: options.theme ?? 'dark', width: null, force: false} as const;
  writeExport(paths[0]!, timeline, figures, {...common, format: 'svg'});
  writeExport(paths[1]!, timeline, figures, {...common, format: 'txt'});
  return paths;
}

/** `brewlanes export run.json --format …`: returns the exit code. */
export function exportCommand(
  runFile: string | undefined,
  flags: RawFlags,
  out: NodeJS.WritableStream & {isTTY?: boolean} = process.stdout,
): number {
  const settings = exportSettings(runFile, flags);
  const toStdout = settings.out === '-' || (settings.out === null && !isPicture(settings.format));
  if (toStdout && settings.format === 'png' && out.isTTY) {
    throw new UsageError('refusing to write a PNG to the terminal; give --out FILE (or pipe it)');
  }
  const run = loadRun(settings.runFile, skinSetting(flags).skin);
  const timeline = timelineFromEvents(run.events);
  const figures = figuresOfRun(timeline);
  if (toStdout) {
    out.write(renderExport(timeline, figures, settings, run.machine.cores));
    return 0;
  }
  const path = settings.out ?? defaultOutPath(settings.runFile, settings.format);
  writeExport(path, timeline, figures, settings, run.machine.cores);
  out.write(`wrote ${inertText(path)}\n`);
  return 0;
}
