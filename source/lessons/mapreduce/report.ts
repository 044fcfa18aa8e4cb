import {intervalLanesText, type IntervalLane} from '../../render/interval-lanes.js';
import {amdahl, karpFlatt} from '../../timeline/amdahl.js';
import {medianIndex} from '../../timeline/repeats.js';
import type {Interval, MapReduceJob, MapReduceOutcome, MapReduceRound} from './mapreduce.js';

const round = (ms: number) => Math.round(ms * 1000) / 1000;
const interval = ({start, end}: Interval) => ({start_ms: round(start), end_ms: round(end)});
const lengthOf = ({start, end}: Interval) => end - start;
const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

/** When the first cup began and the last one ended, across every barista. */
function mapSpan(job: MapReduceJob): Interval {
  const cups = job.map.flatMap((lane) => lane.cups);
  return {
    start: Math.min(...cups.map((cup) => cup.start)),
    end: Math.max(...cups.map((cup) => cup.end)),
  };
}

function jobSummary(job: MapReduceJob) {
  const span = mapSpan(job);
  const cpu = job.map.map((lane) => lane.cpuMs);
  const cpuMs = cpu.every((ms) => ms !== null) ? cpu.reduce((sum, ms) => sum + ms, 0) : null;
  const mapMs = span.end - span.start;
  return {
    baristas: job.baristas,
    makespan_ms: round(job.makespanMs),
    loop_thread: job.loopThread,
    split: interval(job.split),
    /** From the split's end to the first cup's start: the batches handed to the threads. */
    hand_out_ms: round(span.start - job.split.end),
    /** The cores the baristas obtained during the map: their CPU time ÷ the map's span; null where not measured. */
    map_cores_obtained: cpuMs === null || mapMs <= 0 ? null : round(cpuMs / mapMs),
    map: job.map.map((lane) => ({
      thread: lane.thread,
      cpu_ms: lane.cpuMs === null ? null : round(lane.cpuMs),
      cups: lane.cups.map((cup) => ({cup: cup.cup, ...interval(cup)})),
    })),
    /** From the last cup's end to the reduce's start: the results handed back. */
    collect_ms: round(job.reduce.start - span.end),
    reduce: interval(job.reduce),
    mean_cup_ms: round(mean(job.map.flatMap((lane) => lane.cups.map(lengthOf)))),
    tally: job.tally,
  };
}

const speedupOf = (pair: MapReduceRound) =>
  pair.manyBaristas.makespanMs > 0 ? pair.oneBarista.makespanMs / pair.manyBaristas.makespanMs : 0;

/**
 * The lesson's --json document: the round whose speed-up is the median, every
 * interval of its two jobs, its speed-up and Amdahl's law; each round's makespans.
 */
export function mapReduceSummary(outcome: MapReduceOutcome, cores: number, cupMs: number) {
  const speedups = outcome.rounds.map(speedupOf);
  const shown = medianIndex(speedups);
  const one = outcome.rounds[shown]!.oneBarista;
  const many = outcome.rounds[shown]!.manyBaristas;
  const serialMs = lengthOf(one.split) + lengthOf(one.reduce);
  const serialFraction = one.makespanMs > 0 ? serialMs / one.makespanMs : 1;
  const processors = Math.min(many.baristas, cores);
  const speedup = speedups[shown]!;
  return {
    lesson: 'mapreduce',
    cores,
    cups: outcome.cups,
    /** One cup's work as calibrated; each job's mean_cup_ms is what a cup took. */
    planned_cup_ms: round(cupMs),
    baristas: many.baristas,
    one_barista: jobSummary(one),
    many_baristas: jobSummary(many),
    speedup: round(speedup),
    /** Split and reduce of the one-barista job: the part no barista can share. */
    serial_ms: round(serialMs),
    serial_fraction: round(serialFraction),
    /** Amdahl's law with the measured serial fraction on min(baristas, cores) processors. */
    amdahl_processors: processors,
    amdahl_speedup: round(amdahl(serialFraction, processors)),
    /** The serial fraction the measured speed-up implies (Karp–Flatt); null on one processor. */
    implied_serial_fraction: processors > 1 ? round(karpFlatt(speedup, processors)) : null,
    same_tally: outcome.rounds.every(
      (pair) => pair.oneBarista.tally === one.tally && pair.manyBaristas.tally === one.tally,
    ),
    /** The round drawn and summed up above (from 1): the one whose speed-up is the median. */
    shown_round: shown + 1,
    rounds: outcome.rounds.map((pair, index) => ({
      one_barista_ms: round(pair.oneBarista.makespanMs),
      many_baristas_ms: round(pair.manyBaristas.makespanMs),
      speedup: round(speedups[index]!),
    })),
  };
}

export type MapReduceSummary = ReturnType<typeof mapReduceSummary>;

/** Columns of the bars. */
const barColumns = 64;

/** A job's lanes: the loop's (split, then reduce), then each barista's cups. */
function jobLanes(job: ReturnType<typeof jobSummary>): IntervalLane[] {
  const phase = (at: {start_ms: number; end_ms: number}, labels: string[]) => ({
    start: at.start_ms,
    end: at.end_ms,
    labels,
  });
  return [
    {
      name: `  loop, thread ${job.loop_thread}`,
      intervals: [phase(job.split, ['split', 's']), phase(job.reduce, ['reduce', 'r'])],
    },
    ...job.map.map((lane) => ({
      name: `  barista, thread ${lane.thread}`,
      intervals: lane.cups.map((cup) => phase(cup, [`cup ${cup.cup}`, String(cup.cup)])),
    })),
  ];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
const percent = (fraction: number) => `${(fraction * 100).toFixed(1)} %`;

/** The lesson's report, line by line (the command and the dashboard's panel). */
export function mapReduceLines(summary: MapReduceSummary): string[] {
  const one = summary.one_barista;
  const many = summary.many_baristas;
  const view = {start: 0, end: Math.max(one.makespan_ms, many.makespan_ms), columns: barColumns};
  const [oneLanes, manyLanes] = [jobLanes(one), jobLanes(many)];
  const nameWidth = Math.max(...[...oneLanes, ...manyLanes].map((lane) => lane.name.length));
  const padded = (lanes: IntervalLane[]) =>
    lanes.map((lane) => ({...lane, name: lane.name.padEnd(nameWidth)}));
  const lines = [
    `Lesson: MapReduce. A catering order of ${summary.cups} cups (${one.mean_cup_ms.toFixed(1)} ms a cup on one barista):`,
    'split on the loop, brewed by barista threads (the map), combined on the loop (the reduce).',
    '',
    `one barista: ${seconds(one.makespan_ms)}`,
    ...intervalLanesText(padded(oneLanes), view).slice(0, -1),
    `${summary.baristas} baristas: ${seconds(many.makespan_ms)}`,
    ...intervalLanesText(padded(manyLanes), view),
    `${' '.repeat(nameWidth)} s split · r reduce · a number is a cup`,
    '',
    `serial part  split ${one.split.end_ms.toFixed(1)} ms + reduce ${(one.reduce.end_ms - one.reduce.start_ms).toFixed(1)} ms = ${summary.serial_ms.toFixed(1)} ms of the one barista's ${seconds(one.makespan_ms)} (${percent(summary.serial_fraction)})`,
    `speed-up     ${summary.speedup.toFixed(2)}× with ${summary.baristas} baristas on ${summary.cores} core(s); Amdahl with that serial part on ${summary.amdahl_processors}: ${summary.amdahl_speedup.toFixed(2)}×`,
  ];
  const implied = summary.implied_serial_fraction;
  if (implied !== null) {
    // More serial than split and reduce: something else kept the baristas from sharing the work.
    const moreThanMeasured = implied > summary.serial_fraction + 0.01;
    lines.push(
      `             the speed-up implies ${percent(implied)} serial (Karp–Flatt)${moreThanMeasured ? '; what else was slower:' : ''}`,
    );
    if (moreThanMeasured)
      lines.push(
        `             a cup took ${one.mean_cup_ms.toFixed(1)} ms alone, ${many.mean_cup_ms.toFixed(1)} ms side by side; handing out and back ${(many.hand_out_ms + many.collect_ms).toFixed(1)} ms`,
      );
  }
  if (one.map_cores_obtained !== null && many.map_cores_obtained !== null)
    lines.push(
      `cpu          the map got ${one.map_cores_obtained.toFixed(2)} core(s) on one barista, ${many.map_cores_obtained.toFixed(2)} between ${summary.baristas} (CPU time ÷ map span)`,
    );
  if (summary.baristas > summary.cores)
    lines.push(
      `             ${summary.baristas} baristas on ${summary.cores} core(s): at most ${summary.cores} brew at once`,
    );
  if (summary.rounds.length > 1)
    lines.push(
      `rounds       ${summary.rounds.length}, speed-ups ${summary.rounds.map((r) => `${r.speedup.toFixed(2)}×`).join(', ')}: round ${summary.shown_round}, the median, is shown`,
    );
  lines.push(
    `result       every job tallies ${summary.same_tally ? 'the same' : 'differently (a bug: the reduce must not depend on who brewed)'}: ${many.tally}`,
    '',
    'The split and the reduce run on one thread however many baristas brew: the more',
    'baristas, the larger their share of the time, and they cap the speed-up (Amdahl).',
  );
  return lines;
}
