// One measurement of benchmark 3 in a process of its own, so that its peak memory
// (maxRSS) is its own: `node bench/io-orders-child.js engine|timers COUNT`.
// Prints one JSON line: {wallMs, maxRssMB, ...}.
import {performance} from 'node:perf_hooks';
import {setTimeout} from 'node:timers';
import {CoffeeShop} from '../dist/engine/coffee-shop.js';
import {applyEvent, createTimeline} from '../dist/timeline/reduce.js';
import {waitingOrders} from './scenarios.js';

const WAIT_MS = 1000;

/** COUNT orders of one 1 s wait each, all at once, every event kept and folded into a timeline. */
async function engine(count) {
  // No brews in this scenario: one barista thread, a short calibration.
  const shop = await CoffeeShop.open(1, 20);
  const scenario = waitingOrders(count, WAIT_MS);
  let timeline = null;
  let events = 0;
  const started = performance.now();
  const handle = shop.run({
    scenario,
    mode: 'hybrid',
    // The timeline below is the one copy of the events, as in the dashboard.
    keepEvents: false,
    onEvent: (event) => {
      events++;
      if (event.kind === 'run-start') timeline = createTimeline(event.info);
      applyEvent(timeline, event);
    },
  });
  await handle.done;
  const wallMs = performance.now() - started;
  await shop.close();
  const served = timeline.customers.filter((lane) => lane.servedAt !== null).length;
  if (served !== count) throw new Error(`${served} of ${count} orders served`);
  return {wallMs, events, timelineEvents: timeline.eventCount, ...timerLateness(timeline)};
}

/** How far each wait ended from its plan (measured − planned), ms: median and 99th percentile. */
function timerLateness(timeline) {
  const late = [];
  for (const lane of timeline.threads.values())
    for (const segment of lane.segments)
      if (segment.plannedMs !== undefined)
        late.push(segment.end - segment.start - segment.plannedMs);
  late.sort((a, b) => a - b);
  const at = (share) => late[Math.min(late.length - 1, Math.floor(share * late.length))];
  return {lateMedianMs: at(0.5), lateP99Ms: at(0.99), lateMinMs: late[0]};
}

/** The same waits as bare Node timers: COUNT setTimeout promises of 1 s. */
async function timers(count) {
  const started = performance.now();
  await Promise.all(
    Array.from({length: count}, () => new Promise((resolve) => setTimeout(resolve, WAIT_MS))),
  );
  return {wallMs: performance.now() - started};
}

const [side, countText] = process.argv.slice(2);
const count = Number(countText);
if (!['engine', 'timers'].includes(side) || !Number.isInteger(count) || count < 1) {
  console.error('usage: node bench/io-orders-child.js engine|timers COUNT');
  process.exit(2);
}
const result = side === 'engine' ? await engine(count) : await timers(count);
// maxRSS is in kilobytes on Linux and macOS.
console.log(JSON.stringify({...result, maxRssMB: process.resourceUsage().maxRSS / 1024}));
