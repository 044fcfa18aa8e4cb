import {brewKernel} from '../../engine/kernel.js';
import type {CoffeeOrder} from './messages.js';

/** Counts a tip: `take` before the chunk of brewing that earns it, `put` after. */
export type TipCounter = {take(): void; put(): void};

export const epochNow = (): number => performance.timeOrigin + performance.now();

/**
 * The brew: real computation (the brew kernel), in as many chunks as the coffee
 * earns tips; each chunk ends by counting its tip in the barista's jar. The same
 * function on a child process, a new thread and a pooled thread.
 */
export function brewWithTips(order: CoffeeOrder, jar: TipCounter): number {
  const tips = Math.max(1, order.tips);
  const chunk = Math.max(1, Math.floor(order.units / tips));
  let checksum = order.seed;
  for (let tip = 0; tip < tips; tip++) {
    jar.take();
    checksum = brewKernel(chunk, checksum);
    jar.put();
  }
  return checksum;
}

/**
 * The threads' counter on their shared jar: Atomics.add in one slot (never loses
 * a tip), and in the other a plain read before the chunk and a write of that
 * value + 1 after it (a read-modify-write that another thread's write can undo).
 */
export function sharedTipCounter(jar: Int32Array, atomic: number, plain: number): TipCounter {
  let held = 0;
  return {
    take: () => {
      held = Atomics.load(jar, plain);
    },
    put: () => {
      Atomics.add(jar, atomic, 1);
      Atomics.store(jar, plain, held + 1);
    },
  };
}
