import {stageNames} from './stage-task.js';

/**
 * The assembly line's handover board in shared memory: for each stage, how many
 * orders it has finished (a counter the next stage sleeps on with Atomics.wait),
 * and for each order the result its last stage wrote (what the next stage works
 * on: the brew really starts from the grind's result). Layout of the
 * Int32Array: [finished per stage…, result per order…].
 */
export const createHandoverBoard = (orders: number): SharedArrayBuffer =>
  new SharedArrayBuffer((stageNames.length + orders) * 4);

export class HandoverBoard {
  private readonly words: Int32Array;

  constructor(buffer: SharedArrayBuffer) {
    this.words = new Int32Array(buffer);
  }

  /** Sleeps until `stage` has finished order `order` (from 0); false when `timeoutMs` ran out. */
  waitFor(stage: number, order: number, timeoutMs: number): boolean {
    const until = performance.now() + timeoutMs;
    for (;;) {
      const finished = Atomics.load(this.words, stage);
      if (finished > order) return true;
      const left = until - performance.now();
      if (left <= 0) return false;
      Atomics.wait(this.words, stage, finished, left);
    }
  }

  resultOf(order: number): number {
    return Atomics.load(this.words, stageNames.length + order);
  }

  /** `stage` has finished `order` with `result`: written first, then the counter, then the next stage woken. */
  handOver(stage: number, order: number, result: number): void {
    Atomics.store(this.words, stageNames.length + order, result);
    Atomics.store(this.words, stage, order + 1);
    Atomics.notify(this.words, stage);
  }
}
