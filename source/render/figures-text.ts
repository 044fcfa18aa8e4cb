import {MAIN_THREAD} from '../timeline/events.js';
import type {Figures} from '../timeline/figures.js';
import type {Timeline} from '../timeline/reduce.js';
import {baristaName, nameOf} from './labels.js';

const seconds = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
const percent = (fraction: number) => `${Math.round(fraction * 100)}%`;

/** The figures as label/value rows, shared by the plain run and the text exports. */
export function figureRows(timeline: Timeline, figures: Figures): Array<[string, string]> {
  const threads = Object.entries(figures.utilisationByThread)
    .map(
      ([thread, u]) =>
        `${Number(thread) === MAIN_THREAD ? 'main' : baristaName(Number(thread))} ${percent(u)}`,
    )
    .join(' · ');
  const latencies = Object.entries(figures.latencyMsByCustomer)
    .slice(0, 12)
    .map(([id, ms]) => `${nameOf(timeline, Number(id))} ${(ms / 1000).toFixed(2)}s`)
    .join(' · ');
  const {machineWait, switching} = figures;
  const pitfallRows: Array<[string, string]> = [
    ...(machineWait.machines === null
      ? []
      : ([
          [
            'machine wait',
            `${seconds(machineWait.totalMs)} in all, mean ${machineWait.meanMs.toFixed(1)} ms over ${machineWait.queued} machine steps (${machineWait.machines} machine(s))`,
          ],
        ] as Array<[string, string]>)),
    ...(switching === null
      ? []
      : ([
          [
            'switching',
            `${(switching.fraction * 100).toFixed(1)}% of the brew time: ${switching.gapMs.toFixed(1)} ms idle in ${switching.switches} switches, slices of ${timeline.info.sliceMs.toFixed(1)} ms`,
          ],
        ] as Array<[string, string]>)),
  ];
  return [
    [
      'mode',
      `${timeline.info.mode}, ${timeline.info.baristas} barista thread(s), ${timeline.info.workload} workload, speed ${timeline.info.speed}×`,
    ],
    [
      'orders done',
      `${figures.ordersDone}/${figures.ordersTotal}${figures.ordersFailed ? `, ${figures.ordersFailed} failed` : ''}`,
    ],
    ['makespan', seconds(figures.makespanMs)],
    [
      'sum of the work',
      `${seconds(figures.totalWorkMs)} (${figures.overlap.toFixed(2)}× what the makespan holds)`,
    ],
    ['longest order', seconds(figures.longestOrderMs)],
    ['brewing (CPU)', seconds(figures.brewMs)],
    ['throughput', `${figures.throughputPerS.toFixed(2)} orders/s`],
    ['utilisation', threads],
    [
      'loop lag',
      `max ${figures.loopLagMaxMs.toFixed(1)} ms, mean ${figures.loopLagMeanMs.toFixed(1)} ms`,
    ],
    ['latency', latencies || '–'],
    [
      'speed-up',
      figures.speedup === null
        ? 'vs sequential: see `brewlanes compare`'
        : `${figures.speedup.toFixed(2)}× vs sequential`,
    ],
    ...pitfallRows,
  ];
}

export function figuresText(timeline: Timeline, figures: Figures): string[] {
  const rows = figureRows(timeline, figures);
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`);
}
