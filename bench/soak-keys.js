/**
 * The dashboard's memory under an hour of keys, in seconds: a LiveSession (the
 * dashboard's state) on a driver whose runs finish at once with a realistic
 * timeline (30 customers, a lane each, loop samples), while "keys" change the mode,
 * the customers and the speed, one run per key. Prints the heap after a full GC
 * every `every` keys: with the finished-runs cache bounded it stays flat.
 *
 *   npm run build && node --expose-gc bench/soak-keys.js [keys=3600] [dist=dist]
 *
 * (a key a second for an hour; a second argument names another build to compare).
 */
import {resolve} from 'node:path';
import {setImmediate} from 'node:timers/promises';
import {pathToFileURL} from 'node:url';

const keys = Number(process.argv[2] ?? 3600);
const dist = pathToFileURL(resolve(process.argv[3] ?? 'dist')).href;
const {LiveSession} = await import(`${dist}/ui/session.js`);
const modes = ['sequential', 'concurrent', 'parallel', 'hybrid'];

/** A finished run of `customers` customers: order, brew, machine, serve each. */
function runEvents(mode, customers) {
  const info = {
    mode,
    workload: 'mixed',
    workers: 2,
    baristas: 2,
    seed: 7,
    speed: 1,
    scenarioName: 'soak',
    customers: Array.from({length: customers}, (_, i) => ({
      id: i + 1,
      name: `Customer ${i + 1}`,
      drink: 'latte',
      arrivalMs: i * 10,
    })),
    recipes: {},
    unitsPerMs: 1000,
    sliceMs: 50,
  };
  const events = [{kind: 'run-start', t: 0, info}];
  let t = 0;
  for (let c = 1; c <= customers; c++) {
    events.push({kind: 'arrive', t, customer: c});
    ['order', 'brew', 'machine', 'serve'].forEach((stepKind, step) => {
      events.push({kind: 'step-start', t, customer: c, step, stepKind});
      // a brew in 20 slices, as in concurrent mode
      const parts = stepKind === 'brew' ? 20 : 1;
      for (let p = 0; p < parts; p++) {
        const thread = stepKind === 'brew' ? 5 + (c % 2) : 0;
        events.push({kind: 'segment', customer: c, step, stepKind, thread, start: t, end: t + 5});
        t += 5;
      }
    });
    events.push({kind: 'served', t, customer: c});
    events.push({
      kind: 'loop',
      start: t - 50,
      end: t,
      busy: 0.2,
      lagMaxMs: 3,
      lagMeanMs: 1,
      queued: 0,
    });
  }
  events.push({kind: 'run-end', t, aborted: false});
  return events;
}

let runsStarted = 0;
const driver = {
  workers: () => 2,
  resize: async () => undefined,
  start(settings, onEvent) {
    runsStarted++;
    for (const event of runEvents(settings.mode, 30)) onEvent(event);
    return {
      done: Promise.resolve({aborted: false}),
      now: () => 0,
      brewsInProgress: () => [],
      pause() {},
      resume() {},
    };
  },
  threadCount: () => 2,
  close: async () => undefined,
};

const settings = {
  mode: 'hybrid',
  workers: 2,
  customers: 5,
  workload: 'mixed',
  seed: 7,
  speed: 1,
  scenario: null,
  plain: false,
  json: false,
  theme: 'dark',
};
const session = new LiveSession(driver, settings);
const heapMb = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const every = Math.max(1, Math.floor(keys / 6));
const start = heapMb();
console.log(
  `soak: ${keys} keys on ${dist}${globalThis.gc ? '' : ' (run with --expose-gc for exact figures)'}`,
);
console.log(`keys 0: heap ${start.toFixed(1)} MB`);
for (let key = 1; key <= keys; key++) {
  const before = runsStarted;
  // the keys a presenter presses: a mode, one customer more or fewer, faster / slower
  const change =
    key % 3 === 0
      ? {mode: modes[key % 4]}
      : key % 3 === 1
        ? {customers: 1 + (key % 97)}
        : {speed: [0.5, 1, 2, 4][key % 4]};
  session.restart(change);
  while (runsStarted === before) await setImmediate();
  if (key % every === 0) console.log(`keys ${key}: heap ${heapMb().toFixed(1)} MB`);
}
const end = heapMb();
console.log(`grew ${(end - start).toFixed(1)} MB over ${keys} keys (${runsStarted} runs)`);
await session.close();
