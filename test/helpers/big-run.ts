import type {RunFile} from '../../source/record/run-file.js';
import type {ShopEvent} from '../../source/protocol/events.js';

/**
 * A saved run of about `eventCount` events, made in memory: a concurrent run on one
 * barista thread whose brews are cut into many tiny slices, the way
 * `--mode concurrent --slice 0.1 --workers 1` makes one. Nothing huge is committed.
 */
export function bigRun(eventCount: number, customerCount = 36): RunFile {
  const customers = Array.from({length: customerCount}, (_, index) => ({
    id: index + 1,
    name: `Guest ${index + 1}`,
    drink: 'latte',
    arrivalMs: index,
  }));
  const recipe = [
    {kind: 'order' as const, ms: 100},
    {kind: 'brew' as const, ms: 350},
    {kind: 'machine' as const, ms: 600},
    {kind: 'serve' as const, ms: 50},
  ];
  const events: ShopEvent[] = [
    {
      kind: 'run-start',
      t: 0,
      info: {
        mode: 'concurrent',
        workload: 'mixed',
        workers: 1,
        baristas: 1,
        seed: null,
        speed: 1,
        scenarioName: 'a million events',
        customers,
        recipes: Object.fromEntries(customers.map((customer) => [customer.id, recipe])),
        unitsPerMs: 1000,
        sliceMs: 0.1,
      },
    },
  ];
  for (const customer of customers) {
    events.push({kind: 'arrive', t: customer.arrivalMs, customer: customer.id});
    events.push({
      kind: 'step-start',
      t: customer.arrivalMs,
      customer: customer.id,
      step: 0,
      stepKind: 'order',
    });
  }
  const orderEnd = 100 + customerCount;
  for (const customer of customers) {
    events.push({
      kind: 'segment',
      customer: customer.id,
      step: 0,
      stepKind: 'order',
      thread: 0,
      start: customer.arrivalMs,
      end: customer.arrivalMs + 100,
      plannedMs: 100,
    });
    events.push({
      kind: 'step-start',
      t: orderEnd,
      customer: customer.id,
      step: 1,
      stepKind: 'brew',
    });
  }
  // The tail: per customer a machine and a serve step (5 events each), and the run-end.
  const slices = eventCount - events.length - customerCount * 6 - 1;
  const sliceMs = 0.01;
  let t = orderEnd;
  for (let index = 0; index < slices; index++) {
    if (index % 1000 === 999) {
      events.push({
        kind: 'loop',
        start: t - 10,
        end: t,
        busy: 0.5,
        lagMaxMs: 1,
        lagMeanMs: 0.5,
        queued: 0,
      });
      continue;
    }
    events.push({
      kind: 'segment',
      customer: (index % customerCount) + 1,
      step: 1,
      stepKind: 'brew',
      thread: 1,
      start: t,
      end: t + sliceMs,
      slice: Math.floor(index / customerCount) + 1,
    });
    t += sliceMs;
  }
  for (const customer of customers) {
    const id = customer.id;
    events.push({kind: 'step-start', t, customer: id, step: 2, stepKind: 'machine'});
    events.push({
      kind: 'segment',
      customer: id,
      step: 2,
      stepKind: 'machine',
      thread: 0,
      start: t,
      end: t + 600,
      plannedMs: 600,
    });
    events.push({kind: 'step-start', t: t + 600, customer: id, step: 3, stepKind: 'serve'});
    events.push({
      kind: 'segment',
      customer: id,
      step: 3,
      stepKind: 'serve',
      thread: 0,
      start: t + 600,
      end: t + 650,
      plannedMs: 50,
    });
    events.push({kind: 'served', t: t + 650, customer: id});
    events.push({
      kind: 'loop',
      start: t,
      end: t + 650,
      busy: 0,
      lagMaxMs: 0,
      lagMeanMs: 0,
      queued: 0,
    });
  }
  events.push({kind: 'run-end', t: t + 650, aborted: false});
  const scenario = {
    name: 'a million events',
    seed: null,
    workload: 'mixed' as const,
    menu: {latte: recipe},
    customers,
  };
  return {
    format: 'brewlanes-run',
    version: 1,
    savedAt: '2026-11-24T06:00:00.000Z',
    scenario,
    machine: {cores: 2, cpuModel: 'generated', node: 'v20.20.2', platform: 'linux-x64'},
    events,
  };
}
