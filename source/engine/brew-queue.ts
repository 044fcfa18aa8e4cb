import {Piscina} from 'piscina';
import type {BrewResult, BrewTask} from './brew-task.js';

/** A brew waiting for a free thread, and how to answer its caller. */
type WaitingBrew = {
  task: BrewTask;
  signal: AbortSignal | undefined;
  resolve: (result: BrewResult) => void;
  reject: (reason: unknown) => void;
};

/** What piscina rejects an aborted task with, for a brew that never reached it. */
export function abortErrorOf(signal: AbortSignal): Error {
  const error = new Error('The task has been aborted', {cause: signal.reason});
  error.name = 'AbortError';
  return error;
}

/**
 * One piscina pool fed at most one brew per thread; the others wait here, in order.
 *
 * piscina adds an abort listener to a task's signal for as long as the task is in
 * its hands, and Node 20's EventTarget adds a listener in O(listeners already
 * there): 20,000 brews queued in piscina on a run's one signal made each brew cost
 * the main thread more the more were queued. Held here, the brews cost one
 * listener per signal (see BaristaPool), and piscina never holds more than
 * `capacity` of them.
 */
export class BrewQueue {
  private waiting: Array<WaitingBrew | undefined> = [];
  /** Index of the next brew to hand piscina: shifting an array of 20,000 is O(n). */
  private head = 0;
  private inPiscina = 0;
  private closed = false;

  constructor(
    readonly piscina: Piscina,
    /** Brews piscina may hold at once: its threads. */
    readonly capacity: number,
  ) {}

  /** Brews waiting here for a thread. */
  get size(): number {
    return this.waiting.length - this.head;
  }

  /** Brews handed to piscina and not settled yet: never more than `capacity`. */
  get running(): number {
    return this.inPiscina;
  }

  run(task: BrewTask, signal: AbortSignal | undefined): Promise<BrewResult> {
    if (this.closed) return Promise.reject(new Error('the barista pool is closed'));
    if (signal?.aborted) return Promise.reject(abortErrorOf(signal));
    if (this.inPiscina < this.capacity && this.size === 0) return this.hand(task, signal);
    return new Promise((resolve, reject) => {
      this.waiting.push({task, signal, resolve, reject});
    });
  }

  /** Rejects every waiting brew of `signal` (it aborted): they never reach piscina. */
  dropAborted(signal: AbortSignal): void {
    const kept: WaitingBrew[] = [];
    for (let i = this.head; i < this.waiting.length; i++) {
      const brew = this.waiting[i]!;
      if (brew.signal === signal) brew.reject(abortErrorOf(signal));
      else kept.push(brew);
    }
    this.waiting = kept;
    this.head = 0;
  }

  /** Rejects every waiting brew and any later one: the pool is closing. */
  close(): void {
    this.closed = true;
    const waiting = this.waiting.slice(this.head);
    this.waiting = [];
    this.head = 0;
    for (const brew of waiting) brew!.reject(new Error('the barista pool is closed'));
  }

  private hand(task: BrewTask, signal: AbortSignal | undefined): Promise<BrewResult> {
    this.inPiscina++;
    const result = this.piscina.run(task, {signal}) as Promise<BrewResult>;
    result.then(this.settled, this.settled);
    return result;
  }

  /** A brew left piscina: hand it the next waiting one. */
  private readonly settled = (): void => {
    this.inPiscina--;
    while (this.inPiscina < this.capacity && this.size > 0) {
      const brew = this.waiting[this.head]!;
      this.waiting[this.head++] = undefined;
      if (this.head > 1024 && this.head * 2 > this.waiting.length) {
        this.waiting = this.waiting.slice(this.head);
        this.head = 0;
      }
      if (brew.signal?.aborted) brew.reject(abortErrorOf(brew.signal));
      else this.hand(brew.task, brew.signal).then(brew.resolve, brew.reject);
    }
  };
}
