import {describe, expect, it} from 'vitest';
import {
  createLockTable,
  findWaitCycle,
  LockTable,
  NOT_WAITING,
} from '../../source/lessons/deadlock/locks.js';

/**
 * A lock table written by hand, in its documented layout: `owners[lock]` is the
 * barista holding it (0: free), `waits[b - 1]` the lock barista b waits for.
 */
function tableWith(owners: number[], waits: number[]): LockTable {
  const shape = {locks: owners.length, baristas: waits.length};
  const buffer = createLockTable(shape);
  const words = new Int32Array(buffer);
  owners.forEach((owner, lock) => (words[lock] = owner));
  waits.forEach((lock, index) => (words[shape.locks + 1 + index] = lock));
  return new LockTable(buffer, shape);
}

describe('findWaitCycle', () => {
  it('finds none when nobody waits, or the waits lead to a barista who waits for nothing', () => {
    expect(findWaitCycle(tableWith([0, 0], [NOT_WAITING, NOT_WAITING]))).toBeNull();
    // Barista 2 waits for the grinder (0) that barista 1 holds; 1 waits for nothing.
    expect(findWaitCycle(tableWith([1, 0], [NOT_WAITING, 0]))).toBeNull();
    // A chain 3 → 2 → 1 that ends.
    expect(findWaitCycle(tableWith([1, 2, 0], [NOT_WAITING, 0, 1]))).toBeNull();
  });

  it('finds two baristas each holding the lock the other waits for', () => {
    // Barista 1 holds lock 0 and waits for lock 1; barista 2 holds lock 1 and waits for lock 0.
    expect(findWaitCycle(tableWith([1, 2], [1, 0]))).toEqual([
      {barista: 1, holds: 0, waitsFor: 1},
      {barista: 2, holds: 1, waitsFor: 0},
    ]);
  });

  it('finds a cycle of three, and names the lock each holds that the one before waits for', () => {
    // 1 holds 0 wants 1; 2 holds 1 wants 2; 3 holds 2 wants 0.
    expect(findWaitCycle(tableWith([1, 2, 3], [1, 2, 0]))).toEqual([
      {barista: 1, holds: 0, waitsFor: 1},
      {barista: 2, holds: 1, waitsFor: 2},
      {barista: 3, holds: 2, waitsFor: 0},
    ]);
  });

  it('names the lock that closes the cycle when a barista holds more than one', () => {
    // Barista 1 holds locks 0 and 2 and waits for 1; barista 2 holds 1 and waits for 2.
    expect(findWaitCycle(tableWith([1, 2, 1], [1, 2]))).toEqual([
      {barista: 1, holds: 2, waitsFor: 1},
      {barista: 2, holds: 1, waitsFor: 2},
    ]);
  });

  it('leaves out a barista who waits on the cycle without being in it', () => {
    // 1 waits for lock 1 (held by 2); 2 and 3 wait for each other's locks 1 and 2.
    const cycle = findWaitCycle(tableWith([0, 2, 3], [1, 2, 1]));
    expect(cycle?.map((link) => link.barista)).toEqual([2, 3]);
  });
});
