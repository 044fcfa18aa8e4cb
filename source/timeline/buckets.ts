/** Resolution of the measured levels: one bucket per millisecond of run time. */
export const bucketMs = 1;

/** A growable array of numbers, one per bucket of run time. */
export class Buckets {
  values = new Float32Array(1024);

  grow(to: number): void {
    if (to <= this.values.length) return;
    let size = this.values.length;
    while (size < to) size *= 2;
    const next = new Float32Array(size);
    next.set(this.values);
    this.values = next;
  }

  /** Adds `weight` × the overlap of [start, end) with each bucket. */
  add(start: number, end: number, weight = 1): void {
    if (!(end > start) || start < 0) return;
    const first = Math.floor(start / bucketMs);
    const last = Math.floor(end / bucketMs);
    this.grow(last + 1);
    if (first === last) {
      this.values[first]! += ((end - start) / bucketMs) * weight;
      return;
    }
    this.values[first]! += (((first + 1) * bucketMs - start) / bucketMs) * weight;
    for (let b = first + 1; b < last; b++) this.values[b]! += weight;
    this.values[last]! += ((end - last * bucketMs) / bucketMs) * weight;
  }

  /** Marks [start, end) covered (a union: 1 at most per bucket); returns the newly covered ms. */
  cover(start: number, end: number): number {
    if (!(end > start) || start < 0) return 0;
    const first = Math.floor(start / bucketMs);
    const last = Math.ceil(end / bucketMs);
    this.grow(last + 1);
    let added = 0;
    for (let b = first; b < last; b++) {
      if (this.values[b] === 0) {
        this.values[b] = 1;
        added += bucketMs;
      }
    }
    return added;
  }

  /** Ms of [start, end) not yet covered. */
  uncovered(start: number, end: number): number {
    if (!(end > start) || start < 0) return 0;
    const first = Math.floor(start / bucketMs);
    const last = Math.ceil(end / bucketMs);
    let free = 0;
    for (let b = first; b < last; b++) if (!(this.values[b]! > 0)) free += bucketMs;
    return free;
  }
}
