/**
 * A run's control word in shared memory, read by the barista threads between
 * chunks of work: they stop computing while it says paused and return as soon as
 * it says aborted.
 */
export const RUNNING = 0;
export const PAUSED = 1;
export const ABORTED = 2;

export type ControlState = typeof RUNNING | typeof PAUSED | typeof ABORTED;

export class RunControl {
  private readonly word: Int32Array;

  /** A new control word, or one another thread shares (e.g. the dashboard's, for its keys). */
  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(4)) {
    this.word = new Int32Array(buffer);
  }

  get state(): ControlState {
    return Atomics.load(this.word, 0) as ControlState;
  }

  set(state: ControlState): void {
    if (this.state === ABORTED) return;
    Atomics.store(this.word, 0, state);
    Atomics.notify(this.word, 0);
  }
}
