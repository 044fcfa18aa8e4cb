import {intervalLanesText, type IntervalLane} from '../../render/interval-lanes.js';
import {median, medianIndex} from '../../timeline/repeats.js';
import type {PipelineJob, PipelineOutcome, PipelineRound} from './pipeline.js';
import {stageNames} from './stage-task.js';

const round = (ms: number) => Math.round(ms * 1000) / 1000;
const mean = (values: readonly number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

/** Each order's latency: its last stage's end less its first stage's start (ms), by order. */
export function orderLatencies(job: PipelineJob, orders: number): number[] {
  const segments = job.lanes.flatMap((lane) => lane.segments);
  return Array.from({length: orders}, (_, index) => {
    const mine = segments.filter((segment) => segment.order === index + 1);
    return Math.max(...mine.map((s) => s.end)) - Math.min(...mine.map((s) => s.start));
  });
}

function jobSummary(job: PipelineJob, orders: number) {
  const latencies = orderLatencies(job, orders);
  const stageLengths = job.lanes.flatMap((lane) => lane.segments.map((s) => s.end - s.start));
  const cpu = job.lanes.map((lane) => lane.cpuMs);
  const cpuMs = cpu.every((ms) => ms !== null) ? cpu.reduce((sum, ms) => sum + ms, 0) : null;
  return {
    span_ms: round(job.spanMs),
    /** CPU time its threads obtained over the span, in cores (CPU time ÷ span); null where not measured. */
    cores_obtained: cpuMs === null || job.spanMs <= 0 ? null : round(cpuMs / job.spanMs),
    /** What a stage took on its thread, on average. */
    mean_stage_ms: round(mean(stageLengths)),
    throughput_per_s: round(job.spanMs > 0 ? (orders * 1000) / job.spanMs : 0),
    latency_ms: {
      median: round(median(latencies)),
      min: round(Math.min(...latencies)),
      max: round(Math.max(...latencies)),
      first_order: round(latencies[0] ?? 0),
    },
    baristas: job.lanes.map((lane) => ({
      thread: lane.thread,
      stages: lane.stages.map((stage) => stageNames[stage]!),
      cpu_ms: lane.cpuMs === null ? null : round(lane.cpuMs),
      segments: lane.segments.map((segment) => ({
        order: segment.order,
        stage: stageNames[segment.stage]!,
        start_ms: round(segment.start),
        end_ms: round(segment.end),
      })),
    })),
  };
}

const throughputRatioOf = (pair: PipelineRound) =>
  pair.assemblyLine.spanMs > 0 ? pair.oneBarista.spanMs / pair.assemblyLine.spanMs : 0;

/**
 * The lesson's --json document: the round whose throughput ratio is the median,
 * every stage of every order of its two jobs, their throughput and latency; each
 * round's spans.
 */
export function pipelineSummary(outcome: PipelineOutcome, cores: number, stageMs: number) {
  const ratios = outcome.rounds.map(throughputRatioOf);
  const shown = medianIndex(ratios);
  const one = jobSummary(outcome.rounds[shown]!.oneBarista, outcome.orders);
  const line = jobSummary(outcome.rounds[shown]!.assemblyLine, outcome.orders);
  return {
    lesson: 'pipeline',
    cores,
    orders: outcome.orders,
    stages: [...stageNames],
    /** One stage's work as calibrated; each job's mean_stage_ms is what a stage took. */
    planned_stage_ms: round(stageMs),
    one_barista: one,
    assembly_line: line,
    /** The line's orders per second over one barista's. */
    throughput_ratio: round(
      one.throughput_per_s > 0 ? line.throughput_per_s / one.throughput_per_s : 0,
    ),
    /** The line's median latency of an order over one barista's. */
    latency_ratio: round(
      one.latency_ms.median > 0 ? line.latency_ms.median / one.latency_ms.median : 0,
    ),
    /** Every order's coffee came out the same, whoever made it, in every round. */
    same_results: outcome.rounds.every((pair) =>
      [pair.oneBarista, pair.assemblyLine].every(
        (job) => job.results.join() === outcome.rounds[0]!.oneBarista.results.join(),
      ),
    ),
    /** The round drawn and summed up above (from 1): the one whose throughput ratio is the median. */
    shown_round: shown + 1,
    rounds: outcome.rounds.map((pair, index) => ({
      one_barista_span_ms: round(pair.oneBarista.spanMs),
      assembly_line_span_ms: round(pair.assemblyLine.spanMs),
      throughput_ratio: round(ratios[index]!),
    })),
  };
}

export type PipelineSummary = ReturnType<typeof pipelineSummary>;

/** Columns of the bars. */
const barColumns = 64;

type JobSummary = PipelineSummary['one_barista'];

type Barista = JobSummary['baristas'][number];

const orderLabels = (order: number) => [`order ${order}`, String(order)];

/** A barista of the line: a mark per order, each its stage's measured interval. */
const stageLane = (barista: Barista): IntervalLane => ({
  name: `  ${barista.stages.join('+')}, thread ${barista.thread}`,
  intervals: barista.segments.map((segment) => ({
    start: segment.start_ms,
    end: segment.end_ms,
    labels: orderLabels(segment.order),
  })),
});

/**
 * The barista who makes each order start to finish: a mark per order, from its
 * grind's start to its froth's end (its stages one after another on this thread,
 * each in the --json), so that the orders stay wide enough to read.
 */
function wholeOrderLane(barista: Barista): IntervalLane {
  const orders = [...new Set(barista.segments.map((segment) => segment.order))];
  return {
    name: `  barista, thread ${barista.thread}`,
    intervals: orders.map((order) => {
      const stages = barista.segments.filter((segment) => segment.order === order);
      return {
        start: Math.min(...stages.map((segment) => segment.start_ms)),
        end: Math.max(...stages.map((segment) => segment.end_ms)),
        labels: orderLabels(order),
      };
    }),
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(3)} s`;

/** The lesson's report, line by line (the command and the dashboard's panel). */
export function pipelineLines(summary: PipelineSummary): string[] {
  const one = summary.one_barista;
  const line = summary.assembly_line;
  const view = {start: 0, end: Math.max(one.span_ms, line.span_ms), columns: barColumns};
  const oneLanes = one.baristas.map(wholeOrderLane);
  const lineLanes = line.baristas.map(stageLane);
  const nameWidth = Math.max(...[...oneLanes, ...lineLanes].map((lane) => lane.name.length));
  const padded = (lanes: IntervalLane[]) =>
    lanes.map((lane) => ({...lane, name: lane.name.padEnd(nameWidth)}));
  const perSecond = (job: JobSummary) => `${job.throughput_per_s.toFixed(1)} orders/s`;
  const latency = (job: JobSummary) => `${job.latency_ms.median.toFixed(1)} ms`;
  const lines = [
    `Lesson: the assembly line. ${summary.orders} orders, each ${summary.stages.join(' → ')} (${one.mean_stage_ms.toFixed(1)} ms a stage, one barista);`,
    "each stage needs the one before it, so one order's stages never run at once.",
    '',
    `one barista, every order start to finish: ${seconds(one.span_ms)}`,
    ...intervalLanesText(padded(oneLanes), view).slice(0, -1),
    `assembly line, a barista per stage: ${seconds(line.span_ms)}`,
    ...intervalLanesText(padded(lineLanes), view),
    `${' '.repeat(nameWidth)} a number is an order: one barista grinds, brews and froths it in turn`,
    '',
    `throughput  one barista ${perSecond(one)} · the line ${perSecond(line)} (${summary.throughput_ratio.toFixed(2)}×, ${summary.stages.length} stages on ${summary.cores} core(s))`,
    `latency     one barista ${latency(one)} an order · the line ${latency(line)} (median, ${summary.latency_ratio.toFixed(2)}×; first ${line.latency_ms.first_order.toFixed(1)} ms)`,
  ];
  const cores = (job: JobSummary) => `${job.cores_obtained!.toFixed(2)} core(s)`;
  const cpuMeasured = one.cores_obtained !== null && line.cores_obtained !== null;
  if (cpuMeasured)
    lines.push(
      `cpu         one barista got ${cores(one)} · the line's ${line.baristas.length} threads ${cores(line)} (CPU time ÷ span)`,
    );
  if (summary.rounds.length > 1)
    lines.push(
      `rounds      ${summary.rounds.length} (throughput, line ÷ one barista: ${summary.rounds.map((r) => `${r.throughput_ratio.toFixed(2)}×`).join(', ')}); round ${summary.shown_round}, the median, is shown`,
    );
  lines.push(
    `result      ${summary.same_results ? 'every order came out the same, made by one barista or on the line' : 'orders came out differently on the line (a bug: a stage read before its handover)'}`,
    '',
  );
  // Within 10 % is no change: a loaded machine moves a round that much.
  const moreOrders = summary.throughput_ratio >= 1.1;
  const noFaster = summary.latency_ratio >= 0.9;
  lines.push(
    moreOrders
      ? 'The line finishes more orders a second: while one order froths, the next brews, a third grinds.'
      : `The line finished no more orders a second this time: its ${line.baristas.length} threads ${cpuMeasured ? `got ${cores(line)} between them` : `shared ${summary.cores} core(s)`}.`,
    noFaster
      ? 'But no order is made faster: each still waits for its grind, then its brew, then its froth.'
      : 'An order was faster on the line this time, though its stages still ran one after another.',
  );
  return lines;
}
