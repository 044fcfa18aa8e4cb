import {availableParallelism} from 'node:os';
import {calibrate, type Calibration} from './calibrate.js';
import {BaristaPool} from './pool.js';
import {runShop, type RunHandle, type RunOptions} from './shop.js';

export const defaultWorkers = (): number => availableParallelism();

/**
 * BREWLANES_UNITS_PER_MS=N sizes the brews by a calibration made elsewhere (the
 * benchmarks pin one for both sides of a pair, so a busy moment during one side's
 * calibration does not change its work). Unset: the shop calibrates itself.
 */
function pinnedCalibration(): Calibration | null {
  const unitsPerMs = Number(process.env['BREWLANES_UNITS_PER_MS']);
  return Number.isFinite(unitsPerMs) && unitsPerMs > 0
    ? {unitsPerMs: Math.round(unitsPerMs), spentMs: 0, checksum: 0}
    : null;
}

/**
 * A shop that stays open across runs: calibrated once, its barista threads
 * started once and reused by every run (switching mode starts no thread).
 */
export class CoffeeShop {
  private constructor(
    public pool: BaristaPool,
    readonly calibration: Calibration,
    /** Gives up a start of threads in progress (opening, resizing): see BaristaPool.start. */
    private readonly signal?: AbortSignal,
  ) {}

  static async open(
    workers: number,
    calibrationBudgetMs = 80,
    signal?: AbortSignal,
  ): Promise<CoffeeShop> {
    const calibration = pinnedCalibration() ?? calibrate(calibrationBudgetMs);
    const pool = await BaristaPool.start(workers, Math.round(calibration.unitsPerMs * 5), {
      ...(signal ? {signal} : {}),
    });
    return new CoffeeShop(pool, calibration, signal);
  }

  get workers(): number {
    return this.pool.workers;
  }

  run(options: Omit<RunOptions, 'pool' | 'unitsPerMs' | 'workers'>): RunHandle {
    return runShop({
      ...options,
      pool: this.pool,
      workers: this.pool.workers,
      unitsPerMs: this.calibration.unitsPerMs,
    });
  }

  /** A different number of baristas: a new pool (the only time threads start after opening). */
  async resize(workers: number): Promise<void> {
    if (workers === this.pool.workers) return;
    const old = this.pool;
    this.pool = await BaristaPool.start(workers, Math.round(this.calibration.unitsPerMs * 5), {
      ...(this.signal ? {signal: this.signal} : {}),
    });
    await old.close();
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
