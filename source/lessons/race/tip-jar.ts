import {Piscina} from 'piscina';
import {createStartGate, openGateWhenReady} from '../../engine/start-gate.js';
import type {TipJarResult, TipJarTask} from './tip-jar-task.js';
import {builtFile} from '../../engine/worker-file.js';

const workerFile = builtFile('lessons/race/worker.js');

export type TipJarRound = {
  /** Tips in the jar at the end. */
  counted: number;
  /** Measured interval of each barista thread, epoch ms as read on that thread. */
  threads: Array<{threadId: number; start: number; end: number}>;
};

export type TipJarOutcome = {
  baristas: number;
  tipsPerBarista: number;
  expected: number;
  /** The unsafe round that is reported (the first that lost tips, or the last tried). */
  unsafe: TipJarRound;
  atomic: TipJarRound;
  /** Unsafe rounds run: more than one when a round happened to lose nothing. */
  unsafeAttempts: number;
};

export type TipJarOptions = {
  baristas: number;
  tipsPerBarista?: number;
  workUnits?: number;
  /** Unsafe rounds to try at most when a round loses nothing (the race is real: it may not bite). */
  maxAttempts?: number;
  signal?: AbortSignal;
};

/**
 * The tip-jar race: `baristas` real worker threads add tips to one counter in
 * shared memory, first with a plain read-modify-write, then with Atomics.add.
 */
export async function runTipJar(options: TipJarOptions): Promise<TipJarOutcome> {
  // At least two to race; at most 16, since every barista is a thread to start.
  const baristas = Math.min(16, Math.max(2, options.baristas));
  const tips = options.tipsPerBarista ?? 200_000;
  const workUnits = options.workUnits ?? 40;
  const maxAttempts = options.maxAttempts ?? 5;
  const pool = new Piscina({
    filename: workerFile,
    minThreads: baristas,
    maxThreads: baristas,
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  const round = async (atomic: boolean): Promise<TipJarRound> => {
    const jar = new SharedArrayBuffer(4);
    const gate = createStartGate();
    const results = Array.from(
      {length: baristas},
      (_, i) =>
        pool.run({jar, gate, tips, workUnits, atomic, seed: i + 1} satisfies TipJarTask, {
          signal: options.signal,
        }) as Promise<TipJarResult>,
    );
    await openGateWhenReady(gate, baristas);
    const threads = await Promise.all(results);
    return {
      counted: Atomics.load(new Int32Array(jar), 0),
      threads: threads.map(({threadId, start, end}) => ({threadId, start, end})),
    };
  };
  try {
    const expected = baristas * tips;
    let unsafe = await round(false);
    let unsafeAttempts = 1;
    while (unsafe.counted >= expected && unsafeAttempts < maxAttempts) {
      unsafe = await round(false);
      unsafeAttempts++;
    }
    const atomic = await round(true);
    return {baristas, tipsPerBarista: tips, expected, unsafe, atomic, unsafeAttempts};
  } finally {
    await pool.destroy();
  }
}
