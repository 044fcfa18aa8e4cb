import {existsSync, writeFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {inertText} from '../protocol/inert-text.js';
import {compareSlide, type ComparedSlideRun} from '../render/compare-slide.js';
import {computeFigures} from '../timeline/figures.js';
import type {Timeline} from '../timeline/reduce.js';
import type {LiveSession} from '../ui/session.js';
import type {ThemeName} from '../protocol/vocabulary.js';
import {exportForSlides} from './export.js';

/** What `e` exports: the run shown, the compare view's modes, or the run and its ghost. */
export type ExportedView = 'run' | 'compare';

type ExportingSession = Pick<LiveSession, 'sequentialMakespan'> &
  Partial<Pick<LiveSession, 'ghost' | 'compare'>>;

/** `folder/brewlanes-WHAT-STAMP.svg`, numbered past any file already there. */
function freshSvgPath(folder: string, what: string, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  const base = join(folder, `brewlanes-${what}-${stamp}`);
  let name = base;
  for (let n = 2; existsSync(`${name}.svg`); n++) name = `${base}-${n}`;
  return `${name}.svg`;
}

/**
 * The dashboard's `e` key, written to `folder` (the working directory) without
 * overwriting anything:
 * - in the compare view, every mode measured there as one slide (render/compare-slide.ts);
 * - with the ghost on (key o), the run shown and its ghost as one slide, on one
 *   time axis, besides the run's own svg and txt;
 * - else the run shown (finished or in progress) as svg and txt.
 * Returns the notice the key bar shows: the files written, or why not.
 */
export function exportNotice(
  timeline: Timeline,
  session: ExportingSession,
  theme: ThemeName,
  folder = '.',
  view: ExportedView = 'run',
  now = new Date(),
): string {
  const where = folder === '.' ? '' : ` in ${folder}`;
  try {
    const compared = session.compare?.runs ?? [];
    if (view === 'compare' && compared.length > 0) {
      const path = freshSvgPath(folder, 'compare', now);
      writeFileSync(path, compareSlide(compared, {theme}), {flag: 'wx'});
      return inertText(`exported ${basename(path)}${where}`);
    }
    const figures = computeFigures(timeline, session.sequentialMakespan());
    const paths = exportForSlides(timeline, figures, {folder, theme, now});
    // Short enough for the key bar: the name once, then its endings.
    const name = basename(paths[0]!, '.svg');
    const ghost = session.ghost?.() ?? null;
    if (ghost) {
      const runs: ComparedSlideRun[] = [
        {mode: ghost.timeline.info.mode, timeline: ghost.timeline, figures: ghost.figures},
        {mode: timeline.info.mode, timeline, figures},
      ];
      const customers = timeline.info.customers.length;
      const title = `${timeline.info.mode} now, ${ghost.timeline.info.mode} before: the same ${customers} customer${customers === 1 ? '' : 's'}`;
      writeFileSync(`${join(folder, name)}-pair.svg`, compareSlide(runs, {theme, title}), {
        flag: 'wx',
      });
      return inertText(`exported ${name} .svg .txt -pair.svg${where}`);
    }
    return inertText(`exported ${name} .svg .txt${where}`);
  } catch (error) {
    // The message quotes the path: a folder's name is data, shown and never obeyed.
    return inertText(`export failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
