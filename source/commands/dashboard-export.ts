import {basename} from 'node:path';
import {inertText} from '../protocol/inert-text.js';
import {computeFigures} from '../timeline/figures.js';
import type {Timeline} from '../timeline/reduce.js';
import type {LiveSession} from '../ui/session.js';
import type {ThemeName} from '../protocol/vocabulary.js';
import {exportForSlides} from './export.js';

/**
 * The dashboard's `e` key: the run shown (finished or in progress) written as svg
 * and txt to `folder` (the working directory) without overwriting anything.
 * Returns the notice the key bar shows: the files written, or why not.
 */
export function exportNotice(
  timeline: Timeline,
  session: Pick<LiveSession, 'sequentialMakespan'>,
  theme: ThemeName,
  folder = '.',
): string {
  try {
    const figures = computeFigures(timeline, session.sequentialMakespan());
    const paths = exportForSlides(timeline, figures, {folder, theme});
    // Short enough for the key bar: the name once, then its two endings.
    const name = basename(paths[0]!, '.svg');
    const notice = `exported ${name} .svg .txt${folder === '.' ? '' : ` in ${folder}`}`;
    return inertText(notice);
  } catch (error) {
    // The message quotes the path: a folder's name is data, shown and never obeyed.
    return inertText(`export failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
