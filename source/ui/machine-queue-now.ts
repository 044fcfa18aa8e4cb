import type {CustomerLane, Segment, Timeline} from '../timeline/reduce.js';
import type {CustomerNow} from './live-lanes.js';

/** A customer's lane with its waits in line for a shared machine; `queued` holds those segments. */
export type QueuedNow = CustomerNow & {queued: ReadonlySet<Segment>};

/**
 * Adds the measured waits in line for a shared espresso machine to a customer's
 * lane, where they happened. The engine starts a `machine` step, then queues for
 * a machine, and reports the wait once it has one: until then the step in
 * progress is a wait in line (drawn and named so), after it the machine's use
 * starts where the wait ended.
 */
export function withMachineQueues(
  timeline: Timeline,
  lane: CustomerLane,
  now: CustomerNow,
): QueuedNow {
  const id = lane.customer.id;
  const waits: Segment[] = timeline.queues
    .filter((q) => q.customer === id && q.end > q.start)
    .map((q) => ({
      customer: q.customer,
      step: q.step,
      stepKind: 'machine',
      thread: -1,
      start: q.start,
      end: q.end,
    }));
  const queued = new Set(waits);
  let segments = now.segments;
  let status = now.status;
  const active = lane.active;
  const inProgress = segments.length > lane.segments.length ? segments[segments.length - 1] : null;
  if (timeline.info.machines !== undefined && active?.stepKind === 'machine' && inProgress) {
    const waited = timeline.queues.find((q) => q.customer === id && q.step === active.step);
    const before = segments.slice(0, -1);
    if (!waited) {
      queued.add(inProgress);
      status = 'queued for a machine';
    } else if (inProgress.end > waited.end) {
      segments = [...before, {...inProgress, start: Math.max(inProgress.start, waited.end)}];
    } else {
      segments = before;
    }
  }
  if (waits.length > 0) segments = [...segments, ...waits].sort((a, b) => a.start - b.start);
  return {segments, status, queued};
}
