// The benchmarks the runner (run.js) runs, each in a small file of its own.
import {cpuSpeedup} from './cpu-speedup.js';
import {dashboardOverhead} from './dashboard-overhead.js';
import {dashboardFirstFrame} from './first-frame.js';
import {frameTime} from './frame-time.js';
import {ioOrders} from './io-orders.js';
import {modeSwitch} from './mode-switch.js';
import {poolQueue} from './pool-queue.js';
import {poolSlice} from './pool-slice.js';
import {pythonReferences} from './python-references.js';
import {helpStartup} from './startup.js';
import {timingFidelity} from './timing-fidelity.js';
import {undisturbed} from './undisturbed.js';

/** Every benchmark, in the order; several may share a number. */
export const benchmarks = [
  {id: '1', name: 'CPU speed-up, 1 against N barista threads', run: cpuSpeedup},
  {id: '2', name: 'the speed-up while the dashboard draws', run: dashboardOverhead},
  {id: '3', name: '10,000 and 100,000 concurrent I/O orders', run: ioOrders},
  {id: '4', name: 'the pool’s cost per brew slice', run: poolSlice},
  {id: '4', name: 'the main thread’s CPU per brew as brews queue up', run: poolQueue},
  {id: '4', name: 'a mode switch', run: modeSwitch},
  {id: '5', name: 'start-up: --help', run: helpStartup},
  {id: '5', name: 'start-up: first frame of the dashboard', run: dashboardFirstFrame},
  {id: '6', name: 'frame time, 200 × 16 lanes', run: frameTime},
  {id: '7', name: 'timing fidelity', run: timingFidelity},
  {id: '8', name: 'the Python references', run: pythonReferences},
  {
    id: '9',
    name: 'the shop undisturbed by the dashboard (200 × 60 against headless)',
    run: undisturbed,
  },
];
