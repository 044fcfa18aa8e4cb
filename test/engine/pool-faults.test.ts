import {readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {BaristaPool} from '../../source/engine/pool.js';
import {RunFault} from '../../source/run-fault.js';

const workerFixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/workers/${name}.mjs`, import.meta.url));

/** Threads of this process now (Linux): the barista threads come and go. */
const threadsNow = () => readdirSync('/proc/self/task').length;

async function threadsBackTo(count: number): Promise<number> {
  for (let i = 0; i < 100 && threadsNow() > count; i++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return threadsNow();
}

describe('BaristaPool.start when threads fail', () => {
  it('a thread that cannot start is one RunFault line, every thread ended, nothing uncaught', async () => {
    const before = threadsNow();
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    try {
      const start = BaristaPool.start(3, 1000, {workerFile: workerFixture('cannot-start')});
      await expect(start).rejects.toThrow(
        new RunFault('a barista thread could not start: the grinder is jammed'),
      );
      // Let the pools' late 'error' events (one per thread) arrive: each is heard.
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      process.off('uncaughtException', onUncaught);
    }
    expect(uncaught).toEqual([]);
    expect(await threadsBackTo(before)).toBe(before);
  });

  it('gives up a start when its signal aborts, without waiting for the threads to be ready', async () => {
    const before = threadsNow();
    const quitting = new AbortController();
    const start = BaristaPool.start(4, 1000, {
      workerFile: workerFixture('slow-start'),
      signal: quitting.signal,
    });
    // The threads exist and are loading (each takes a minute).
    while (threadsNow() < before + 5) await new Promise((resolve) => setTimeout(resolve, 10));
    quitting.abort(new Error('quit'));
    await expect(start).rejects.toThrow('quit');
    expect(await threadsBackTo(before)).toBe(before);
  }, 20_000);
});
