import type {Timeline} from './reduce.js';

/** The measured time customers stood in line for a shared espresso machine. */
export type MachineWait = {
  /** Machines shared (--machines); null when they were unlimited. */
  machines: number | null;
  /** Machine steps that queued (every machine step of a run with --machines). */
  queued: number;
  totalMs: number;
  meanMs: number;
  maxMs: number;
};

export function machineWait(timeline: Timeline): MachineWait {
  const waits = timeline.queues
    .filter((queue) => queue.resource === 'machine')
    .map((queue) => queue.end - queue.start);
  const totalMs = waits.reduce((sum, ms) => sum + ms, 0);
  return {
    machines: timeline.info.machines ?? null,
    queued: waits.length,
    totalMs,
    meanMs: waits.length > 0 ? totalMs / waits.length : 0,
    maxMs: waits.reduce((best, ms) => Math.max(best, ms), 0),
  };
}

/** The most `machine` steps measured in progress at one instant: never more than the machines. */
export function machinesInUseMax(timeline: Timeline): number {
  const edges = timeline.customers
    .flatMap((lane) => lane.segments.filter((s) => s.stepKind === 'machine'))
    .flatMap((s): Array<[number, number]> => [
      [s.start, 1],
      [s.end, -1],
    ])
    // At the same instant an end comes before a start: touching steps do not overlap.
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let inUse = 0;
  let most = 0;
  for (const [, change] of edges) {
    inUse += change;
    most = Math.max(most, inUse);
  }
  return most;
}
