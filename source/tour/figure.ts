import {
  atOnceText,
  busyMachineNote,
  inProgressText,
  lessonHeadline,
} from '../render/figures-text.js';
import type {Figures} from '../timeline/figures.js';
import type {Timeline} from '../timeline/reduce.js';
import type {TourStep} from './steps.js';
import {secondsText} from '../render/numbers.js';

/**
 * The number a tour step states, as measured by the run on screen; while the
 * step's baseline (the sequential run) is running, what that run measures so far.
 * Null for a lesson step (its panel reports its own measured numbers).
 */
export function tourFigureText(
  step: TourStep,
  timeline: Timeline,
  figures: Figures,
): string | null {
  if (step.figure === 'lesson') return null;
  const ended = timeline.endedAt !== null;
  const busy = busyMachineNote(figures.parallelism);
  const note = busy === null ? '' : ` (${busy})`;
  const action = step.action;
  if (action.kind === 'run' && timeline.info.mode !== action.mode) {
    // The baseline of a speed-up, measured first.
    return `measuring the baseline: the sequential run of the same customers, ${ended ? 'makespan' : 'so far'} ${secondsText(figures.makespanMs)}${note}`;
  }
  const live = !ended;
  const p = figures.parallelism;
  let text: string;
  switch (step.figure) {
    case 'sum-of-work':
      text = `steps add up to ${secondsText(figures.totalWorkMs)}, makespan ${ended ? '' : 'so far '}${secondsText(figures.makespanMs)}: one at a time, the total is the sum`;
      break;
    case 'speedup': {
      const speedup =
        figures.speedup === null
          ? 'speed-up vs sequential when done'
          : ended
            ? `speed-up ${figures.speedup.toFixed(2)}× vs sequential (run just before)`
            : 'speed-up vs sequential when done';
      text = `${speedup} · ${inProgressText(p, live)} · ${atOnceText(p, live, timeline.info.baristas)}`;
      break;
    }
    case 'machine-wait': {
      const wait = figures.machineWait;
      text = `waited for the machine ${secondsText(wait.totalMs)} in all (${wait.queued} queued, ${wait.machines ?? 'unlimited'} machine${wait.machines === 1 ? '' : 's'}) · ${atOnceText(p, live, timeline.info.baristas)}`;
      break;
    }
    case 'stalls':
    case 'cpu-vs-one-thread':
      text = lessonHeadline(timeline, figures, live);
      break;
  }
  return `measured: ${text}${note}`;
}
