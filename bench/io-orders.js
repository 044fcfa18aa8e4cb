import {fileURLToPath} from 'node:url';
import {runJson} from './child.js';
import {repeatPaired, summary} from './stats.js';

const childScript = fileURLToPath(new URL('./io-orders-child.js', import.meta.url));

/** Targets of the issue, for 100,000 orders. */
const targets = {100_000: {wallS: 1.6, rssMB: 220}};

/**
 * 3. 10,000 and 100,000 concurrent I/O orders of 1 s each, every event recorded,
 * against bare Node timers, each measurement in a child process of its own
 * (wall time measured inside it, peak memory its maxRSS). A child that runs past
 * `timeoutMs` is killed and reported as timed out; the engine is then not run again
 * at that size.
 */
export async function ioOrders({reps, log, timeoutMs = 20_000}) {
  const rows = [];
  for (const count of [10_000, 100_000]) {
    const label = count.toLocaleString('en-US');
    const rss = {engine: [], timers: []};
    /** Each engine run's median of (measured − planned) over its waits, ms. */
    const lateness = [];
    let timedOut = false;
    const measure = async (side) => {
      if (side === 'engine' && timedOut) return Number.NaN;
      const result = await runJson(process.execPath, [childScript, side, String(count)], {
        timeoutMs,
      });
      if (result.timedOut) {
        timedOut = true;
        return Number.NaN;
      }
      rss[side].push(result.maxRssMB);
      if (side === 'engine') lateness.push(result.lateMedianMs);
      return result.wallMs / 1000;
    };
    const pairs = await repeatPaired(
      reps,
      () => measure('engine'),
      () => measure('timers'),
      (rep, engine, timers) =>
        log(
          `  ${label} orders, pair ${rep + 1}: engine ${engine.toFixed(2)} s, timers ${timers.toFixed(2)} s`,
        ),
    );
    const target = targets[count];
    const timers = summary(pairs.b);
    const timersRss = summary(rss.timers);
    const timedOutText = `> ${timeoutMs / 1000} s (timed out)`;
    const engine = timedOut ? null : summary(pairs.a);
    const engineRss = timedOut ? null : summary(rss.engine);
    const ratio = timedOut ? null : summary(pairs.ratios);
    rows.push(
      {
        id: '3',
        figure: `${label} I/O orders of 1 s, every event recorded: wall time`,
        value: engine?.median ?? null,
        unit: 's',
        range: engine ? [engine.min, engine.max] : undefined,
        reps: engine?.n,
        display: timedOut ? timedOutText : undefined,
        atLeast: timedOut ? timeoutMs / 1000 : undefined,
        target: target && {op: '<=', value: target.wallS},
      },
      {
        id: '3',
        figure: `${label} I/O orders: peak memory (maxRSS)`,
        value: engineRss?.median ?? null,
        unit: 'MB',
        digits: 0,
        range: engineRss ? [engineRss.min, engineRss.max] : undefined,
        reps: engineRss?.n,
        display: timedOut ? 'n/a (timed out)' : undefined,
        target: target && {op: '<=', value: target.rssMB},
        note: 'includes the one barista thread the shop starts',
      },
      {
        id: '3',
        figure: `${label} I/O orders: how late a wait ends, median (measured − planned)`,
        value: timedOut ? null : summary(lateness).median,
        unit: 'ms',
        range: timedOut ? undefined : [summary(lateness).min, summary(lateness).max],
        reps: timedOut ? undefined : lateness.length,
        display: timedOut ? 'n/a (timed out)' : undefined,
        note: 'deadlines rounded to the nearest ms; the rest is the event loop serving the others',
      },
      {
        id: '3',
        figure: `${label} bare Node timers of 1 s: wall time, peak memory`,
        value: timers.median,
        unit: 's',
        range: [timers.min, timers.max],
        reps: timers.n,
        note: `peak memory ${timersRss.median.toFixed(0)} MB`,
      },
      {
        id: '3',
        figure: `${label} I/O orders against bare timers: wall-time ratio (paired)`,
        value: ratio?.median ?? null,
        unit: '×',
        range: ratio ? [ratio.min, ratio.max] : undefined,
        reps: ratio?.n,
        display: timedOut ? `> ${(timeoutMs / 1000 / timers.median).toFixed(0)}×` : undefined,
      },
    );
  }
  return rows;
}
