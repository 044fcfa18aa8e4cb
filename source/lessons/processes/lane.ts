import {RunFault} from '../../run-fault.js';
import type {BrewMeasured} from './messages.js';

/**
 * One barista's coffee, measured: its start-up from `spawnMs` (read by the parent
 * as it asked for the barista or the hand-off) to `readyMs`, then its brew from
 * `brewStartMs` to `endMs` (read by the barista itself, on its own thread).
 */
export type Lane = BrewMeasured & {
  spawnMs: number;
  /** A process's own RSS, read in the child after its brew (process.memoryUsage().rss). */
  rssBytes?: number;
  /** Of that RSS, the pages no other process maps (Linux only). */
  privateBytes?: number;
};

/** The parent's reads of a jar while the baristas brewed. */
export type JarRead = {atMs: number; tips: number};

/**
 * Reads `jar` every `everyMs` until `work` settles, and once more after: what
 * the parent sees in its jar while the baristas brew.
 */
export async function readJarWhile<T>(
  jar: () => number,
  work: Promise<T>,
  everyMs = 5,
): Promise<{result: T; reads: JarRead[]}> {
  const reads: JarRead[] = [];
  const read = () => reads.push({atMs: performance.timeOrigin + performance.now(), tips: jar()});
  read();
  const timer = setInterval(read, everyMs);
  try {
    const result = await work;
    read();
    return {result, reads};
  } finally {
    clearInterval(timer);
  }
}

/** What a barista's failure becomes: one line (exit 1, no stack), what it was and which. */
export const baristaFailed = (who: string, what: string): RunFault =>
  new RunFault(`the processes lesson: ${who} ${what}`);
