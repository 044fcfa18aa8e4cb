import {readFileSync} from 'node:fs';
import {Worker} from 'node:worker_threads';
import {describe, expect, it} from 'vitest';

/** The nice value of the calling thread, from /proc (field 19 of its stat line). */
const niceOfThisThread = (): number => {
  const stat = readFileSync('/proc/thread-self/stat', 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
};

const onLinux = process.platform === 'linux';

describe('the drawing yields to the shop', () => {
  it.runIf(onLinux)('lowers the priority of the thread that draws, not of the others', async () => {
    const before = niceOfThisThread();
    // A thread of its own plays the drawing thread, so this test's thread keeps its priority.
    const source = `
      const {parentPort} = require('node:worker_threads');
      const {readFileSync} = require('node:fs');
      const nice = () => {
        const stat = readFileSync('/proc/thread-self/stat', 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
      };
      import(${JSON.stringify(new URL('../../dist/commands/full-screen.js', import.meta.url).href)})
        .then(({yieldDrawingToShop, drawingNice}) => {
          const before = nice();
          yieldDrawingToShop();
          parentPort.postMessage({before, after: nice(), drawingNice});
        });
    `;
    const worker = new Worker(source, {eval: true});
    const seen = await new Promise<{before: number; after: number; drawingNice: number}>(
      (resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      },
    );
    await worker.terminate();
    expect(seen.after).toBe(Math.max(seen.before, seen.drawingNice));
    expect(seen.after).toBeGreaterThan(0);
    expect(niceOfThisThread()).toBe(before);
  });
});
