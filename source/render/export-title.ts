import type {Figures} from '../timeline/figures.js';
import type {Timeline} from '../timeline/reduce.js';
import {figureRows, skinnedRows} from './figures-text.js';
import {reword, wordsOf} from '../protocol/skins.js';
import {shopLoopInWords} from './labels.js';

/** An export's title: the mode, the baristas and the measured makespan. */
export function exportTitle(timeline: Timeline, figures: Figures): string {
  const {mode, baristas} = timeline.info;
  const threads =
    baristas === 0
      ? `no barista thread (brews on ${shopLoopInWords})`
      : `${baristas} barista${baristas === 1 ? '' : 's'}`;
  const state = timeline.aborted ? ' (interrupted)' : timeline.endedAt === null ? ' (so far)' : '';
  const title = `${mode} · ${threads} · makespan ${(figures.makespanMs / 1000).toFixed(3)} s${state}`;
  return reword(title, wordsOf(timeline.info));
}

/** `text` broken at spaces into lines of at most `width` characters (a longer word stays whole). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The figures (all but the mode, which the title says) packed into lines of at
 * most `width` characters; a figure longer than a line wraps onto the next (between
 * its parts where it has them), never cut.
 */
export function figuresSummary(
  timeline: Timeline,
  figures: Figures,
  width = 170,
  omit: readonly string[] = [],
): string[] {
  const items = skinnedRows(timeline, figureRows(timeline, figures))
    .filter(([label]) => label !== 'mode' && !omit.includes(label))
    // A figure of several parts (latency: a customer each) breaks between parts first.
    .flatMap(([label, value]) => `${label} ${value}`.split(' · '))
    .flatMap((part) => wrapWords(part, width));
  const lines: string[] = [];
  for (const item of items) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 3 + item.length <= width)
      lines[lines.length - 1] = `${last} · ${item}`;
    else lines.push(item);
  }
  return lines;
}
