import type {CoffeeOrder} from './messages.js';
import {brewInProcesses, type ProcessesWay} from './process-baristas.js';
import {brewInNewThreads, brewInPool, type ThreadsWay} from './thread-baristas.js';

export type ProcessesLessonOptions = {
  /** Coffees, each made by its own barista (2 to 8). */
  coffees: number;
  unitsPerMs: number;
  /** CPU time of one brew, ms. */
  brewMs: number;
  tipsPerCoffee: number;
  signal: AbortSignal;
  /** Told each child's pid as it is forked (a test checks none is left after an abort). */
  onSpawn?: (pid: number) => void;
};

export type ProcessesOutcome = {
  coffees: number;
  brewMs: number;
  unitsPerMs: number;
  tipsPerCoffee: number;
  parentPid: number;
  processes: ProcessesWay;
  threads: ThreadsWay;
  pooled: ThreadsWay;
};

/**
 * The same coffees made three ways, one way after the other (each measured on
 * its own): one child process per coffee, a new worker thread per coffee, and a
 * pooled piscina thread per coffee.
 */
export async function runProcessesLesson(
  options: ProcessesLessonOptions,
): Promise<ProcessesOutcome> {
  const coffees = Math.min(8, Math.max(2, Math.round(options.coffees)));
  const units = Math.max(1, Math.round(options.unitsPerMs * options.brewMs));
  const orders: CoffeeOrder[] = Array.from({length: coffees}, (_, i) => ({
    units,
    tips: options.tipsPerCoffee,
    seed: i + 1,
  }));
  const processes = await brewInProcesses(orders, options.signal, options.onSpawn);
  const threads = await brewInNewThreads(orders, options.signal);
  const pooled = await brewInPool(orders, options.signal);
  return {
    coffees,
    brewMs: options.brewMs,
    unitsPerMs: options.unitsPerMs,
    tipsPerCoffee: options.tipsPerCoffee,
    parentPid: process.pid,
    processes,
    threads,
    pooled,
  };
}
