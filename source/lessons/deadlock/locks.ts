/**
 * Named locks in shared memory that say who holds them and who waits: for each
 * lock its owner (0: free, else the barista's number), for each barista the lock
 * it waits for (-1: none). A watchdog on another thread reads the same table to
 * find a deadlock. Layout of the Int32Array: [owner of each lock…, lock each
 * barista waits for…] (barista numbers start at 1).
 */
export type LockTableShape = {locks: number; baristas: number};

export const NOT_WAITING = -1;

export function createLockTable({locks, baristas}: LockTableShape): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer((locks + baristas + 1) * 4);
  new Int32Array(buffer).fill(NOT_WAITING, locks);
  return buffer;
}

export class LockTable {
  private readonly words: Int32Array;

  constructor(
    buffer: SharedArrayBuffer,
    readonly shape: LockTableShape,
  ) {
    this.words = new Int32Array(buffer);
  }

  owner(lock: number): number {
    return Atomics.load(this.words, lock);
  }

  waitingFor(barista: number): number {
    return Atomics.load(this.words, this.shape.locks + barista);
  }

  /**
   * Takes `lock` for `barista`: a compare-exchange, and while another holds it a
   * sleep in Atomics.wait, with the wait written in the table. Returns false
   * without the lock as soon as `stop()` says so (asked every `pollMs`).
   */
  acquire(lock: number, barista: number, stop: () => boolean, pollMs = 20): boolean {
    const waitSlot = this.shape.locks + barista;
    for (;;) {
      const owner = Atomics.compareExchange(this.words, lock, 0, barista);
      if (owner === 0) {
        Atomics.store(this.words, waitSlot, NOT_WAITING);
        return true;
      }
      Atomics.store(this.words, waitSlot, lock);
      if (stop()) {
        Atomics.store(this.words, waitSlot, NOT_WAITING);
        return false;
      }
      Atomics.wait(this.words, lock, owner, pollMs);
    }
  }

  release(lock: number, barista: number): void {
    if (Atomics.compareExchange(this.words, lock, barista, 0) === barista) {
      Atomics.notify(this.words, lock);
    }
  }
}

/** One barista in a wait-for cycle: holds one lock, waits for another that someone in the cycle holds. */
export type CycleLink = {barista: number; holds: number; waitsFor: number};

/**
 * Looks for a cycle in the wait-for graph read from the table: barista b waits
 * for a lock that barista c holds, c waits for one that … b holds. Returns the
 * cycle, or null.
 */
export function findWaitCycle(table: LockTable): CycleLink[] | null {
  const {locks, baristas} = table.shape;
  const holderOfWanted = (barista: number): number => {
    const wanted = table.waitingFor(barista);
    return wanted === NOT_WAITING ? 0 : table.owner(wanted);
  };
  for (let start = 1; start <= baristas; start++) {
    const path: number[] = [];
    let current = start;
    while (current !== 0 && !path.includes(current)) {
      path.push(current);
      current = holderOfWanted(current);
    }
    if (current === 0) continue;
    const cycle = path.slice(path.indexOf(current));
    return cycle.map((barista, index) => {
      // What this barista holds is what the one before it in the cycle waits for.
      const previous = cycle[(index - 1 + cycle.length) % cycle.length]!;
      const wantedByPrevious = table.waitingFor(previous);
      const holds =
        wantedByPrevious !== NOT_WAITING && table.owner(wantedByPrevious) === barista
          ? wantedByPrevious
          : firstHeldBy(table, locks, barista);
      return {barista, holds, waitsFor: table.waitingFor(barista)};
    });
  }
  return null;
}

function firstHeldBy(table: LockTable, locks: number, barista: number): number {
  for (let lock = 0; lock < locks; lock++) if (table.owner(lock) === barista) return lock;
  return NOT_WAITING;
}
