import {CoffeeShop} from '../../engine/coffee-shop.js';
import {computeFigures} from '../../timeline/figures.js';
import {machinesInUseMax} from '../../timeline/machine-wait.js';
import {timelineFromEvents, type Timeline} from '../../timeline/reduce.js';
import {machineQueueText} from '../../render/machine-queue.js';
import {scenarioFor} from '../../engine/scenario-for.js';
import type {MeasureLesson} from '../lesson.js';
import {roundMs} from '../../render/numbers.js';

/** The lesson's --json document. */
export function machineLessonSummary(timeline: Timeline) {
  const figures = computeFigures(timeline);
  const {machineWait} = figures;
  return {
    lesson: 'machine',
    machines: machineWait.machines,
    mode: timeline.info.mode,
    baristas: timeline.info.baristas,
    customers: timeline.customers.length,
    makespan_ms: roundMs(figures.makespanMs),
    machines_in_use_max: machinesInUseMax(timeline),
    machine_wait: {
      queued: machineWait.queued,
      total_ms: roundMs(machineWait.totalMs),
      mean_ms: roundMs(machineWait.meanMs),
      max_ms: roundMs(machineWait.maxMs),
    },
    queue: timeline.queues.map((q) => ({
      customer: q.customer,
      start_ms: roundMs(q.start),
      end_ms: roundMs(q.end),
    })),
    machine_steps: timeline.customers.flatMap((lane) =>
      lane.segments
        .filter((s) => s.stepKind === 'machine')
        .map((s) => ({customer: s.customer, start_ms: roundMs(s.start), end_ms: roundMs(s.end)})),
    ),
  };
}

/**
 * `brewlanes lesson machine --machines K`: the baristas share K espresso machines
 * (one unless --machines says), the queue drawn in the lanes, the wait measured.
 */
export const measureMachine: MeasureLesson = async (settings, signal) => {
  const machines = settings.machines ?? 1;
  const scenario = scenarioFor(settings);
  const shop = await CoffeeShop.open(settings.workers);
  try {
    const outcome = await shop.run({
      scenario,
      mode: settings.mode,
      speed: settings.speed,
      machines,
      signal,
    }).done;
    if (outcome.aborted) return null;
    const timeline = timelineFromEvents(outcome.events);
    const summary = machineLessonSummary(timeline);
    const wait = summary.machine_wait;
    const lines = [
      `Lesson: the shared espresso machine. ${summary.customers} customers, ${summary.baristas} barista thread(s) (${summary.mode}), ${machines} machine(s).`,
      '',
      ...machineQueueText(timeline),
      '',
      `makespan               ${(summary.makespan_ms / 1000).toFixed(3)} s`,
      `waiting for a machine  ${(wait.total_ms / 1000).toFixed(3)} s in all, mean ${wait.mean_ms.toFixed(1)} ms, longest ${wait.max_ms.toFixed(1)} ms (${wait.queued} machine steps)`,
      `machines in use        at most ${summary.machines_in_use_max} at once (of ${machines})`,
      '',
      'Parallel baristas still share the machines: with fewer machines than orders they queue,',
      'and the queue, not the baristas, sets the pace. Try --machines 2 or more.',
    ];
    return {json: summary, lines, failed: outcome.failed > 0};
  } finally {
    await shop.close();
  }
};
