import {MAIN_THREAD} from '../protocol/events.js';
import {busyMachineShare, speedupTeaches, type Figures} from '../timeline/figures.js';
import {minMeasuredWallMs, type Parallelism} from '../timeline/parallelism.js';
import type {Timeline} from '../timeline/reduce.js';
import {baristaName, nameOf, shopLoopInWords, shopLoopLabel} from './labels.js';
import {percentText, secondsText} from './numbers.js';
import {reword, wordsOf} from '../protocol/skins.js';

const times = (ratio: number) => `${ratio.toFixed(2)}×`;
const ms = (value: number) => `${Math.round(value)} ms`;
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** How many barista threads share how many cores, flagged when the threads outnumber them. */
export function machineContext(baristas: number, cores: number): string {
  const who = `${plural(baristas, 'barista')} on ${plural(cores, 'core')}`;
  return baristas > cores ? `${who}: more threads than cores, they take turns` : who;
}

/**
 * What the brews' threads obtained of their cores: null when it was all (or not
 * measured); `machine busy: …` when other programs clearly took the cores.
 */
export function busyMachineNote(p: Parallelism): string | null {
  if (p.cpuShare === null || p.cpuShare >= busyMachineShare) return null;
  return `machine busy: brews got ${percentText(p.cpuShare)} of a core`;
}

/** The CPU the brews obtained, as a figure: measured, or said to be not measured. */
export function cpuObtainedText(p: Parallelism): string {
  if (p.brewSegments === 0) return 'no brew computed';
  if (p.cpuMeasuredSegments === 0) return 'not measured (no /proc on this system)';
  if (p.cpuShare === null)
    return `too little brewing to tell (${Math.round(p.brewWallMs)} ms; a share needs ${minMeasuredWallMs} ms)`;
  const share = `${percentText(p.cpuShare)} of a core while computing`;
  return p.cpuShare < busyMachineShare
    ? `${share}: the machine was busy, other programs took the cores`
    : share;
}

/** The seeds' two definitions: orders in progress (concurrency), brews at once (parallelism). */
export function inProgressText(p: Parallelism, live: boolean): string {
  return live
    ? `in progress ${p.inProgressNow} (peak ${p.inProgressPeak})`
    : `in progress peak ${p.inProgressPeak}`;
}

/** Cores in use, to a tenth: a brew whose thread got half a core is half a core. */
export const coresText = (cores: number): string => cores.toFixed(1);

/** Brews at once (cores in use), against the threads that could compute (`of`, "baristas" or "threads"). */
export function atOnceText(p: Parallelism, live: boolean, of: number, unit = 'baristas'): string {
  const peak = `peak ${coresText(p.atOncePeak)}${of > 0 ? ` of ${plural(of, unit.replace(/s$/, ''))}` : ''}`;
  return live ? `at once ${coresText(p.atOnceNow)} (${peak})` : `at once ${peak}`;
}

/** The brews' CPU work against one thread computing them one after another. */
export function cpuSpeedupText(p: Parallelism): string {
  return p.cpuSpeedup === null
    ? 'CPU work vs one thread: no brew yet'
    : `CPU work ${times(p.cpuSpeedup)} vs one thread`;
}

/**
 * The figure that teaches the run's own lesson, measured in this run alone:
 * blocking: the loop's stalls and late timers; gil: at once ≤ 1 of N and the CPU
 * work against one thread; the others: in progress and at once.
 */
export function lessonHeadline(timeline: Timeline, figures: Figures, live: boolean): string {
  const p = figures.parallelism;
  const {mode, baristas} = timeline.info;
  if (mode === 'blocking') {
    const s = figures.stalls;
    return [
      `longest stall ${ms(s.longestStallMs)}`,
      `stalled ${(s.totalStallMs / 1000).toFixed(2)} s in all`,
      s.lateTimers > 0
        ? `${s.lateTimers} of ${plural(s.timers, 'timer')} late, up to ${ms(s.longestLateMs)}`
        : `timers late: none of ${s.timers}`,
    ].join(' · ');
  }
  if (mode === 'gil') {
    return [
      `cores in use: ${atOnceText(p, live, baristas, 'threads')}`,
      `${cpuSpeedupText(p)}${p.cpuSpeedup !== null && p.cpuSpeedup <= 1.2 ? ': no faster' : ''}`,
    ].join(' · ');
  }
  const parts = [inProgressText(p, live), atOnceText(p, live, baristas)];
  if (baristas > 1) parts.push(cpuSpeedupText(p));
  return parts.join(' · ');
}

/**
 * The speed-up against the sequential run of the same customers, where it
 * teaches something (concurrent, parallel, hybrid) and its baseline was measured;
 * null where the mode has none to show (sequential, blocking, gil).
 */
export function speedupText(timeline: Timeline, figures: Figures): string | null {
  const mode = timeline.info.mode;
  if (mode === 'sequential') return 'this is the baseline for the speed-ups';
  if (!speedupTeaches(mode)) return null;
  if (figures.speedup === null) {
    // While the run goes on its speed-up is not known yet; its baseline may be.
    if (timeline.endedAt === null && figures.sequentialMs !== null)
      return `sequential took ${secondsText(figures.sequentialMs)}: speed-up when done`;
    return 'vs sequential: not measured yet';
  }
  return `speed-up ${times(figures.speedup)} vs sequential${superLinearNote(figures.speedup, timeline)}`;
}

/** A speed-up above what the threads can give says the baseline was disturbed (a busy machine). */
export function superLinearNote(speedup: number, timeline: Timeline): string {
  const {mode, baristas} = timeline.info;
  // Overlapping waits can beat the thread count; only CPU-bound work cannot.
  if (timeline.info.workload !== 'cpu' || mode === 'concurrent') return '';
  return speedup > Math.max(1, baristas) * 1.1
    ? ` (more than ${plural(baristas, 'thread')} can give: the baseline was disturbed)`
    : '';
}

const seconds = (ms: number) => secondsText(ms, 3);

/**
 * The rows in the run's words (protocol/skins.ts): our labels and sentences
 * reworded; the latency row, which names the customers (data), left as it is.
 */
export function skinnedRows(
  timeline: Timeline,
  rows: Array<[string, string]>,
): Array<[string, string]> {
  const words = wordsOf(timeline.info);
  return rows.map(([label, value]) => [
    reword(label, words),
    label === 'latency' ? value : reword(value, words),
  ]);
}

/** Customers whose latency the figures name; the rest are counted (`+N more`). */
export const latencyShown = 12;

/** The figures as label/value rows, shared by the plain run and the text exports. */
export function figureRows(timeline: Timeline, figures: Figures): Array<[string, string]> {
  const threads = Object.entries(figures.utilisationByThread)
    .map(
      ([thread, u]) =>
        `${Number(thread) === MAIN_THREAD ? shopLoopLabel : baristaName(timeline, Number(thread))} ${percentText(u)}`,
    )
    .join(' · ');
  const p = figures.parallelism;
  const speedup = speedupText(timeline, figures);
  const busy = busyMachineNote(p);
  const latencyEntries = Object.entries(figures.latencyMsByCustomer);
  const latencies = [
    ...latencyEntries
      .slice(0, latencyShown)
      .map(([id, ms]) => `${nameOf(timeline, Number(id))} ${(ms / 1000).toFixed(2)}s`),
    // Never a customer dropped without saying so.
    ...(latencyEntries.length > latencyShown
      ? [`+${latencyEntries.length - latencyShown} more`]
      : []),
  ].join(' · ');
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
      `${timeline.info.mode}, ${timeline.info.mode === 'blocking' ? `brews on ${shopLoopInWords}` : plural(timeline.info.baristas, 'barista thread')}, ${timeline.info.workload} workload, time scale ${timeline.info.speed}×`,
    ],
    ...(busy === null ? [] : ([['warning', busy]] as Array<[string, string]>)),
    ['lesson', lessonHeadline(timeline, figures, false)],
    [
      'orders done',
      `${figures.ordersDone}/${figures.ordersTotal}${figures.ordersFailed ? `, ${figures.ordersFailed} failed` : ''}`,
    ],
    ['makespan', seconds(figures.makespanMs)],
    [
      'sum of the work',
      timeline.info.mode === 'blocking'
        ? seconds(figures.totalWorkMs)
        : `${seconds(figures.totalWorkMs)} (${figures.overlap.toFixed(2)}× what the makespan holds: waits overlap)`,
    ],
    ['longest order', seconds(figures.longestOrderMs)],
    ['brewing (CPU)', seconds(figures.brewMs)],
    ['CPU obtained', cpuObtainedText(p)],
    ['throughput', `${figures.throughputPerS.toFixed(2)} orders/s`],
    ['utilisation', threads],
    [
      'loop lag',
      `max ${figures.loopLagMaxMs.toFixed(1)} ms, mean ${figures.loopLagMeanMs.toFixed(1)} ms`,
    ],
    ['latency', latencies || '–'],
    ...(speedup === null ? [] : ([['speed-up', speedup]] as Array<[string, string]>)),
    ...pitfallRows,
  ];
}

export function figuresText(timeline: Timeline, figures: Figures): string[] {
  const rows = skinnedRows(timeline, figureRows(timeline, figures));
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`);
}
