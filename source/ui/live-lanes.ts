import {closeUpView} from '../render/ascii.js';
import type {Viewport} from '../render/lanes.js';
import {baristaLabel, shopLoopLabel} from '../render/labels.js';
import {MAIN_THREAD} from '../protocol/events.js';
import {wordsOf} from '../protocol/skins.js';
import {mainThreadBrews} from '../timeline/baristas.js';
import {
  customerStatus,
  type CustomerLane,
  type Segment,
  type Timeline,
} from '../timeline/reduce.js';
import type {LiveMoment} from './session.js';

/** A thread's lane as a frame draws it, with the brew it computes now (if any). */
export type BaristaRow = {
  thread: number | null;
  label: string;
  segments: Segment[];
  /** Whose brew the thread computes now. */
  brewing: number | null;
};

/** What a customer lane shows now: segments and a status word. */
export type CustomerNow = {segments: Segment[]; status: string};

/**
 * A customer's measured segments plus the step in progress, drawn from where its
 * measurements stop to now: a wait from its measured start; a brew only while a
 * barista thread computes it, from the start that thread wrote. A brew step with
 * no thread on it is an order queued for a free barista: nothing is drawn, as in
 * the finished timeline, and the status says so.
 */
export function customerNow(lane: CustomerLane, moment: LiveMoment): CustomerNow {
  const status = customerStatus(lane);
  const active = lane.active;
  if (!active) return {segments: lane.segments, status};
  const last = lane.segments[lane.segments.length - 1];
  let start = Math.max(active.since, last?.end ?? 0);
  if (active.stepKind === 'brew') {
    const brew = moment.brews.find(
      (b) => b.customer === lane.customer.id && b.step === active.step,
    );
    if (!brew) return {segments: lane.segments, status: 'queued'};
    start = Math.max(brew.start, last?.end ?? 0);
  }
  if (moment.now <= start) return {segments: lane.segments, status};
  return {
    segments: [
      ...lane.segments,
      {
        customer: lane.customer.id,
        step: active.step,
        stepKind: active.stepKind,
        thread: -1,
        start,
        end: moment.now,
      },
    ],
    status,
  };
}

/**
 * One row per barista thread of the run: the brews each thread measured, plus the
 * brew it computes now (from the start the thread wrote on the pool's board).
 * Threads that have not worked yet in this run show as idle rows. In blocking
 * mode the shop loop's own brews are the only "barista" (thread 0: the shop's event loop).
 */
export function baristaRowsNow(timeline: Timeline, moment: LiveMoment): BaristaRow[] {
  if (timeline.info.mode === 'blocking') {
    const brews = mainThreadBrews(timeline);
    return [{thread: MAIN_THREAD, label: shopLoopLabel, segments: brews, brewing: null}];
  }
  const rows = new Map<number, BaristaRow>();
  const rowOf = (thread: number): BaristaRow => {
    let row = rows.get(thread);
    if (!row) {
      row = {thread, label: 'barista', segments: [], brewing: null};
      rows.set(thread, row);
    }
    return row;
  };
  for (const lane of timeline.threads.values()) {
    if (lane.thread === MAIN_THREAD) continue;
    rowOf(lane.thread).segments = lane.segments;
  }
  for (const brew of moment.brews) {
    const row = rowOf(brew.thread);
    const last = row.segments[row.segments.length - 1];
    const start = Math.max(brew.start, last?.end ?? 0);
    row.brewing = brew.customer;
    if (moment.now > start) {
      row.segments = [
        ...row.segments,
        {
          customer: brew.customer,
          step: brew.step,
          stepKind: 'brew',
          thread: brew.thread,
          start,
          end: moment.now,
        },
      ];
    }
  }
  const known = [...rows.values()].sort((a, b) => (a.thread ?? 0) - (b.thread ?? 0));
  const idle = Math.max(0, timeline.info.baristas - known.length);
  for (let i = 0; i < idle; i++)
    known.push({thread: null, label: 'barista', segments: [], brewing: null});
  // The audience reads baristas 1…N (thread order); thread ids stay in the trace and saved run.
  const words = wordsOf(timeline.info);
  for (const [index, row] of known.entries()) row.label = baristaLabel(index + 1, words);
  return known;
}

/** The end of the time axis: a little past `t`, rounded so the axis does not jitter every frame. */
export function axisEnd(t: number): number {
  if (t <= 0) return 1000;
  const target = t * 1.08;
  const unit = 10 ** Math.floor(Math.log10(target)) / 2;
  return Math.max(1000, Math.ceil(target / unit) * unit);
}

/**
 * The wait in progress with its plan, so the part past it is drawn late while it
 * happens (a blocked loop fires its timers late): the last segment when it is
 * the step in progress (drawn to now, thread -1), a timed wait, and not a wait
 * in line for a machine (`inLine`), which has no plan.
 */
export function withLivePlan(
  timeline: Timeline,
  lane: CustomerLane,
  segments: Segment[],
  inLine: ReadonlySet<Segment>,
): Segment[] {
  const active = lane.active;
  const last = segments[segments.length - 1];
  if (!active || !last || last.thread !== -1 || inLine.has(last)) return segments;
  if (last.stepKind === 'brew' || last.step !== active.step || last.plannedMs !== undefined)
    return segments;
  const planned = timeline.info.recipes[lane.customer.id]?.[active.step]?.ms;
  if (planned === undefined) return segments;
  return [...segments.slice(0, -1), {...last, plannedMs: planned}];
}

/**
 * The close-up of the first barista lane with sliced brews, ending where its
 * latest brew ends (now, while it brews); null when its slices read on `view`.
 */
export function closeUpNow(
  timeline: Timeline,
  rows: readonly BaristaRow[],
  view: Viewport,
  now: number,
): {row: BaristaRow; view: Viewport} | null {
  const row = rows.find((r) => r.segments.some((s) => s.slice !== undefined));
  if (!row) return null;
  const latest = row.segments[row.segments.length - 1]!.end;
  const close = closeUpView(row.segments, view, timeline.info.sliceMs, {
    until: Math.min(timeline.endedAt ?? now, latest),
  });
  return close ? {row, view: close} : null;
}
