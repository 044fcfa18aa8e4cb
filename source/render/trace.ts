import {MAIN_THREAD} from '../protocol/events.js';
import type {Figures} from '../timeline/figures.js';
import {baristaLanes, type Segment, type Timeline} from '../timeline/reduce.js';
import {exportTitle} from './export-title.js';
import {
  baristaName,
  baristaSegmentLabel,
  customerSegmentLabel,
  shopLoopInWords,
  shopLoopLabel,
} from './labels.js';

/** One Chrome Trace Event (the JSON Perfetto and chrome://tracing open). */
export type TraceEvent = {
  name: string;
  ph: 'X' | 'M' | 'C';
  /** Microseconds. */
  ts: number;
  /** Microseconds; `X` events only. */
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: Record<string, unknown>;
};

export type TraceDocument = {
  traceEvents: TraceEvent[];
  displayTimeUnit: 'ms';
  otherData: Record<string, string>;
};

/** The pseudo-process holding a pseudo-thread per customer (coroutines, not threads). */
export const customersPid = 1;
/** The process holding the real threads: the shop loop's thread and the barista threads. */
export const threadsPid = 2;

const micros = (ms: number) => Math.round(ms * 1000);

/**
 * The trace export: `X` events on a pseudo-thread per customer and on a thread per
 * barista, `M` metadata naming processes and threads, and `C` counters of the
 * event loop's lag and busy time and of the brews queued for a barista.
 */
export function timelineTrace(timeline: Timeline, figures: Figures): TraceDocument {
  const events: TraceEvent[] = [];
  const meta = (name: string, pid: number, tid: number, args: Record<string, unknown>) =>
    events.push({name, ph: 'M', ts: 0, pid, tid, args});
  const span = (pid: number, tid: number, name: string, segment: Segment) =>
    events.push({
      name,
      cat: segment.stepKind,
      ph: 'X',
      ts: micros(segment.start),
      dur: Math.max(1, micros(segment.end) - micros(segment.start)),
      pid,
      tid,
      args: {
        customer: segment.customer,
        step: segment.step,
        thread: segment.thread,
        ...(segment.slice === undefined ? {} : {slice: segment.slice}),
        ...(segment.plannedMs === undefined ? {} : {planned_ms: segment.plannedMs}),
      },
    });

  meta('process_name', customersPid, 0, {name: `customers (coroutines on ${shopLoopInWords})`});
  meta('process_sort_index', customersPid, 0, {sort_index: 1});
  for (const lane of timeline.customers) {
    const tid = lane.customer.id;
    meta('thread_name', customersPid, tid, {
      name: `${lane.customer.name} (${lane.customer.drink})`,
    });
    meta('thread_sort_index', customersPid, tid, {sort_index: tid});
    for (const segment of lane.segments)
      span(customersPid, tid, customerSegmentLabel(timeline, segment), segment);
  }

  meta('process_name', threadsPid, MAIN_THREAD, {name: 'threads'});
  meta('process_sort_index', threadsPid, MAIN_THREAD, {sort_index: 2});
  meta('thread_name', threadsPid, MAIN_THREAD, {name: shopLoopLabel});
  // The shop loop's waits overlap (they are timers, not work): only its brews are spans.
  for (const segment of timeline.threads.get(MAIN_THREAD)?.segments ?? []) {
    if (segment.stepKind === 'brew')
      span(threadsPid, MAIN_THREAD, baristaSegmentLabel(timeline, segment), segment);
  }
  for (const lane of baristaLanes(timeline)) {
    meta('thread_name', threadsPid, lane.thread, {name: baristaName(timeline, lane.thread)});
    for (const segment of lane.segments)
      span(threadsPid, lane.thread, baristaSegmentLabel(timeline, segment), segment);
  }

  for (const sample of timeline.loop) {
    const ts = micros(sample.end);
    events.push(
      {
        name: `${shopLoopLabel} lag (ms)`,
        ph: 'C',
        ts,
        pid: threadsPid,
        tid: MAIN_THREAD,
        args: {max: sample.lagMaxMs, mean: sample.lagMeanMs},
      },
      {
        name: `${shopLoopLabel} busy (%)`,
        ph: 'C',
        ts,
        pid: threadsPid,
        tid: MAIN_THREAD,
        args: {busy: Math.round(sample.busy * 1000) / 10},
      },
      {
        name: 'brews queued',
        ph: 'C',
        ts,
        pid: threadsPid,
        tid: MAIN_THREAD,
        args: {queued: sample.queued},
      },
    );
  }

  return {
    traceEvents: events,
    displayTimeUnit: 'ms',
    otherData: {
      title: exportTitle(timeline, figures),
      mode: timeline.info.mode,
      workload: timeline.info.workload,
      scenario: timeline.info.scenarioName,
    },
  };
}
