import {sweepChart} from '../../render/sweep-chart.js';
import {secondsWithRange} from '../../timeline/repeats.js';
import {sweepNotes, type MeasuredPoint, type SweepMeasured} from './run.js';
import {sweepRepeats, type SweepSettings} from './settings.js';
import {roundMs} from '../../render/numbers.js';

const repeatsOf = (settings: SweepSettings) => Math.max(1, settings.repeats ?? sweepRepeats);

/** The line before the points: what is swept, on what. */
export const sweepHeadline = (settings: SweepSettings): string =>
  `Sweep: the cpu workload (${settings.customers} customers, speed ${settings.speed}×) in hybrid mode at 1 to ${settings.maxWorkers} barista threads, on ${settings.cores} cores; each point the median of ${repeatsOf(settings)} runs (range shown)`;

/** One point as it is measured. */
export const sweepPointLine = (point: MeasuredPoint): string =>
  `  ${point.workers} worker(s): ${secondsWithRange(point.makespan)}`;

/** The sweep's --json document. */
export const sweepSummary = (figures: SweepMeasured, settings: SweepSettings) => ({
  cores: figures.cores,
  workload: 'cpu',
  mode: 'hybrid',
  customers: settings.customers,
  speed: settings.speed,
  repeats: repeatsOf(settings),
  serial_fraction: figures.serialFraction,
  points: figures.points.map((p, i) => ({
    workers: p.workers,
    makespan_ms: roundMs(p.makespanMs),
    makespan_range_ms: [
      roundMs(figures.measured[i]!.makespan.min),
      roundMs(figures.measured[i]!.makespan.max),
    ],
    speedup: p.speedup,
    ideal: p.ideal,
    amdahl: p.amdahl,
  })),
  notes: sweepNotes(figures),
});

/** The report after the points: the chart, its notes and what it teaches. */
export const sweepLines = (figures: SweepMeasured): string[] => [
  '',
  ...sweepChart(figures),
  ...sweepNotes(figures).map((note) => `note: ${note}`),
  '',
  'More threads than cores add no processors: past the cores the speed-up stays flat,',
  'and every extra thread costs a little in switching. The serial part caps it all (Amdahl).',
];
