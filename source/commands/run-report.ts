import {availableParallelism} from 'node:os';
import {computeFigures, type Figures} from '../timeline/figures.js';
import type {Timeline} from '../timeline/reduce.js';
import {processingTimeLine} from '../timeline/shop-lines.js';
import {timelineText} from '../render/ascii.js';
import {figuresText, machineContext} from '../render/figures-text.js';
import {shopLoopInWords} from '../render/labels.js';
import {plainColumns} from '../record/asciicast.js';
import {reword, wordsOf} from '../protocol/skins.js';

/** A run's figures; a sequential run is its own baseline for the speed-up. */
export const figuresOfRun = (timeline: Timeline): Figures =>
  computeFigures(timeline, timeline.info.mode === 'sequential' ? timeline.endedAt : null);

/** What a plain run prints after the shop's lines: processing time, the timeline, the figures. */
export function runReportLines(
  timeline: Timeline,
  figures: Figures,
  columns: number,
  cores = availableParallelism(),
): string[] {
  const {mode, baristas} = timeline.info;
  const words = wordsOf(timeline.info);
  return [
    processingTimeLine(figures.makespanMs, words),
    reword(
      `Machine: ${mode === 'blocking' ? `brews on ${shopLoopInWords}, ${cores} core${cores === 1 ? '' : 's'}` : machineContext(baristas, cores)}`,
      words,
    ),
    '',
    ...timelineText(timeline, Math.max(40, columns), 40),
    '',
    ...figuresText(timeline, figures),
  ];
}

export const columnsOf = (out: NodeJS.WritableStream): number =>
  'columns' in out && typeof out.columns === 'number' ? out.columns : plainColumns;
