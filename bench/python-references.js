import {availableParallelism} from 'node:os';
import {fileURLToPath} from 'node:url';
import {CoffeeShop} from '../dist/engine/coffee-shop.js';
import {loadScenarioFile} from '../dist/engine/scenario-file.js';
import {runJson} from './child.js';
import {makespanOf, makespanOn} from './cpu-speedup.js';
import {findPython, runReference} from './python.js';
import {brewOrders, waitingOrders} from './scenarios.js';
import {repeatPaired, summary} from './stats.js';

const coffeeShopFile = fileURLToPath(new URL('../examples/seed-coffee-shop.json', import.meta.url));
const ioChild = fileURLToPath(new URL('./io-orders-child.js', import.meta.url));

const s = (value) => `${value.toFixed(2)} s`;
const x = (value) => `${value.toFixed(2)}×`;

/**
 * 8. Side by side with the Python programs in bench/reference/, each repetition
 * running the Python program and brewlanes' equivalent back to back:
 * - the CPU loop: Python's speed-up with K processes (multiprocessing) and with K
 *   threads (the GIL) against brewlanes' K barista threads, K = the cores. Both
 *   sides are sized by calibration to the same single-core time per task: the
 *   Python countdown loop by its own rate (cpu_loop.py --calibrate), brewlanes'
 *   brew by the shop's calibration (CoffeeShop.open);
 * - asyncio.gather of 3 sleeps of 1 s against 3 orders of one 1 s wait;
 * - the docs' coffee shop against examples/seed-coffee-shop.json in hybrid mode;
 * - 100,000 asyncio sleeps of 1 s against 100,000 orders of 1 s (benchmark 3's child).
 * Times compared are those measured inside each program (no interpreter start).
 */
export async function pythonReferences({reps, quick, log, ioTimeoutMs = 20_000}) {
  const python = await findPython();
  if (!python)
    return [{id: '8', figure: 'Python references', value: null, display: 'n/a (no python3)'}];
  log(
    `  ${python.version} at ${python.path}; the pyenv shim adds ${python.shimExtraMs?.toFixed(0) ?? 0} ms a start`,
  );
  const rows = [];
  const workers = availableParallelism();
  const taskMs = quick ? 250 : 500;
  const {iterations_per_ms: pythonRate} = await runReference(python, 'cpu_loop.py', [
    '--calibrate',
    300,
  ]);
  const iterations = Math.round(pythonRate * taskMs);
  rows.push({
    id: '8',
    figure: 'Python interpreter of the references',
    value: null,
    display: python.version,
    note: `${python.path}${python.shimExtraMs === null ? '' : `, run directly: the pyenv shim would add ${python.shimExtraMs.toFixed(0)} ms a start`}; Python times are measured inside each script, spawn-to-exit in the notes`,
  });
  const shop = await CoffeeShop.open(workers);
  const sizing = `${workers} tasks of ${taskMs} ms of one core each, sized by calibration: Python's countdown at ${Math.round(pythonRate).toLocaleString('en-US')} iterations/ms (cpu_loop.py --calibrate), the brew at ${shop.calibration.unitsPerMs.toLocaleString('en-US')} units/ms (the shop's own)`;
  // A Python program's time inside the script (s); its spawn-to-exit time goes to `walls`.
  const pythonSide = (script, args, walls) => async () => {
    const result = await runReference(python, script, args);
    walls.push(result.spawnWallMs / 1000);
    return result.elapsed_s;
  };
  try {
    // The CPU loop: one measurement of brewlanes (1 thread, then K) per repetition,
    // paired with one run of each Python program.
    const cpu = {processes: [], threads: [], brewlanes: []};
    for (let rep = 0; rep < reps; rep++) {
      const scenario = brewOrders(workers, taskMs);
      // Alternate which side runs first, as repeatPaired does.
      const order = rep % 2 === 0 ? [1, workers] : [workers, 1];
      const makespans = {};
      for (const threads of order) makespans[threads] = await makespanOn(shop, threads, scenario);
      const [sequential, parallel] = [makespans[1], makespans[workers]];
      cpu.brewlanes.push(sequential / parallel);
      for (const way of ['processes', 'threads']) {
        const result = await runReference(python, 'cpu_loop.py', [
          '--way',
          way,
          '--tasks',
          workers,
          '--iterations',
          iterations,
        ]);
        cpu[way].push(result.speedup);
      }
      log(
        `  CPU loop ${rep + 1}: brewlanes ${x(cpu.brewlanes.at(-1))}, processes ${x(cpu.processes.at(-1))}, threads ${x(cpu.threads.at(-1))}`,
      );
    }
    const brewlanesSpeedup = summary(cpu.brewlanes).median;
    for (const way of ['processes', 'threads']) {
      const ratio = summary(cpu.brewlanes.map((value, i) => value / cpu[way][i]));
      rows.push({
        id: '8',
        figure: `CPU loop, ${workers} at once: brewlanes threads' speed-up ÷ Python ${way === 'processes' ? 'multiprocessing' : 'threading (GIL)'}`,
        value: ratio.median,
        unit: '×',
        range: [ratio.min, ratio.max],
        reps: ratio.n,
        note: `speed-up brewlanes ${x(brewlanesSpeedup)}, Python ${x(summary(cpu[way]).median)}; ${sizing}`,
      });
    }

    // asyncio.gather of three 1 s sleeps.
    const gatherWalls = [];
    const gather = await repeatPaired(
      reps,
      async () => (await makespanOf(shop, waitingOrders(3, 1000), 'hybrid', 1)) / 1000,
      pythonSide('gather.py', [3], gatherWalls),
    );
    rows.push(
      timeRatioRow(
        'asyncio.gather of 3 sleeps of 1 s: wall time, brewlanes ÷ Python',
        gather,
        gatherWalls,
      ),
    );

    // The docs' coffee shop.
    const scenario = loadScenarioFile(coffeeShopFile, 'mixed');
    const shopWalls = [];
    const coffee = await repeatPaired(
      reps,
      async () => (await makespanOf(shop, scenario, 'hybrid', 1)) / 1000,
      pythonSide('coffee_shop.py', [], shopWalls),
    );
    rows.push(
      timeRatioRow(
        'coffee shop (5 customers, 0.1 s orders, 2 s preparation), brewlanes ÷ Python',
        coffee,
        shopWalls,
      ),
    );
  } finally {
    await shop.close();
  }

  // 100,000 sleeps: both sides in processes of their own.
  let timedOut = false;
  const rss = {brewlanes: [], python: []};
  const sleepWalls = [];
  const sleeps = await repeatPaired(
    reps,
    async () => {
      if (timedOut) return Number.NaN;
      const result = await runJson(process.execPath, [ioChild, 'engine', '100000'], {
        timeoutMs: ioTimeoutMs,
      });
      if (result.timedOut) {
        timedOut = true;
        return Number.NaN;
      }
      rss.brewlanes.push(result.maxRssMB);
      return result.wallMs / 1000;
    },
    async () => {
      const result = await runReference(python, 'sleeps.py', [100_000]);
      rss.python.push(result.max_rss_mb);
      sleepWalls.push(result.spawnWallMs / 1000);
      return result.elapsed_s;
    },
  );
  const figure = '100,000 sleeps of 1 s: wall time, brewlanes orders ÷ Python asyncio';
  const pythonMemory = `Python peak memory ${summary(rss.python).median.toFixed(0)} MB`;
  if (timedOut) {
    const pythonSleeps = summary(sleeps.b);
    rows.push({
      id: '8',
      figure,
      value: null,
      display: `> ${(ioTimeoutMs / 1000 / pythonSleeps.median).toFixed(0)}× (brewlanes timed out)`,
      note: `brewlanes > ${ioTimeoutMs / 1000} s, Python ${s(pythonSleeps.median)} (spawn to exit ${s(summary(sleepWalls).median)}); ${pythonMemory}`,
    });
  } else {
    const row = timeRatioRow(figure, sleeps, sleepWalls);
    row.note += `; peak memory brewlanes ${summary(rss.brewlanes).median.toFixed(0)} MB, ${pythonMemory.replace('Python peak memory ', 'Python ')}`;
    rows.push(row);
  }
  return rows;
}

/** A row of brewlanes' time over Python's, pair by pair, with Python's spawn-to-exit times. */
function timeRatioRow(figure, pairs, pythonWalls) {
  const ratio = summary(pairs.ratios);
  return {
    id: '8',
    figure,
    value: ratio.median,
    unit: '×',
    range: [ratio.min, ratio.max],
    reps: ratio.n,
    note: `brewlanes ${s(summary(pairs.a).median)}, Python ${s(summary(pairs.b).median)} (spawn to exit ${s(summary(pythonWalls).median)})`,
  };
}
