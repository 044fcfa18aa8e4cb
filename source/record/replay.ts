import type {ShopEvent} from '../protocol/events.js';
import {stepSpeed} from '../protocol/vocabulary.js';
import {applyEvent, createTimeline, type Timeline} from '../timeline/reduce.js';

/** When an event is known: a measured interval when it ends, anything else at its time. */
export function eventTime(event: ShopEvent): number {
  switch (event.kind) {
    case 'segment':
    case 'queue':
    case 'loop':
      return event.end;
    default:
      return event.t;
  }
}

export type ReplayOptions = {
  /** Wall-clock milliseconds; injected so tests need no timers. */
  now?: () => number;
  speed?: number;
};

/**
 * Plays a saved run's events over time: a position in run time that moves with
 * the wall clock times the speed, can pause, change speed and jump. The timeline
 * at the position is rebuilt through the same reducer as a live run: forward by
 * applying the events that became due, backward by folding the events up to the
 * new position again (a few thousand events: cheap).
 */
export class Replay {
  readonly events: readonly ShopEvent[];
  /** Run time of the last event: where the replay ends. */
  readonly duration: number;
  private readonly now: () => number;
  private speedFactor: number;
  private anchorRunMs = 0;
  private anchorWallMs: number;
  private pausedAt: number | null = null;
  private current: Timeline;
  private applied = 0;
  private drained = 0;

  constructor(events: readonly ShopEvent[], options: ReplayOptions = {}) {
    const first = events[0];
    if (first?.kind !== 'run-start') throw new Error('a run begins with a run-start event');
    // Stable sort by the time each event became known (the engine emits in that order already).
    this.events = events
      .map((event, index) => ({event, index, time: eventTime(event)}))
      .sort((a, b) =>
        a.event.kind === 'run-start'
          ? -1
          : b.event.kind === 'run-start'
            ? 1
            : a.time - b.time || a.index - b.index,
      )
      .map(({event}) => event);
    // A loop, not Math.max(...times): a spread overflows the stack above ~125,000 events.
    let duration = 0;
    for (const event of this.events) duration = Math.max(duration, eventTime(event));
    this.duration = duration;
    this.now = options.now ?? (() => performance.now());
    this.speedFactor = options.speed ?? 1;
    this.anchorWallMs = this.now();
    this.current = createTimeline(first.info);
  }

  get speed(): number {
    return this.speedFactor;
  }

  get paused(): boolean {
    return this.pausedAt !== null;
  }

  /** The replay's position in run time, ms, between 0 and the duration. */
  position(): number {
    const raw =
      this.pausedAt ?? this.anchorRunMs + (this.now() - this.anchorWallMs) * this.speedFactor;
    return Math.min(this.duration, Math.max(0, raw));
  }

  get finished(): boolean {
    return this.position() >= this.duration;
  }

  /** Wall-clock ms until the position reaches `runMs` at the current speed (Infinity when paused). */
  wallMsUntil(runMs: number): number {
    if (this.paused) return Number.POSITIVE_INFINITY;
    return Math.max(0, (runMs - this.position()) / this.speedFactor);
  }

  /** Run time of the next event not yet applied, or null at the end. */
  nextEventTime(): number | null {
    const next = this.events[this.applied];
    return next === undefined ? null : eventTime(next);
  }

  pause(): void {
    if (this.pausedAt === null) this.pausedAt = this.position();
  }

  resume(): void {
    if (this.pausedAt === null) return;
    this.reanchor(this.pausedAt);
    this.pausedAt = null;
  }

  togglePause(): void {
    if (this.paused) this.resume();
    else this.pause();
  }

  setSpeed(speed: number): void {
    if (!(speed > 0) || !Number.isFinite(speed)) throw new RangeError('speed must be above 0');
    if (this.pausedAt === null) this.reanchor(this.position());
    this.speedFactor = speed;
  }

  /** The next speed up (`>`) or down (`<`) on the one ladder (protocol/vocabulary.ts speedSteps). */
  stepSpeed(direction: 1 | -1): number {
    const next = stepSpeed(this.speedFactor, direction);
    this.setSpeed(next);
    return next;
  }

  /** Jumps to a run time (clamped to the run). */
  seekTo(runMs: number): void {
    const target = Math.min(this.duration, Math.max(0, runMs));
    if (this.pausedAt === null) this.reanchor(target);
    else this.pausedAt = target;
  }

  /** Jumps by `deltaMs` of run time: `←` is -1000, `→` +1000. */
  seekBy(deltaMs: number): void {
    this.seekTo(this.position() + deltaMs);
  }

  /**
   * The timeline at the current position. It is updated in place (as a live
   * run's is) and replaced by a fresh one after a jump back.
   */
  timeline(): Timeline {
    const position = this.position();
    const last = this.events[this.applied - 1];
    if (last !== undefined && this.applied > 1 && eventTime(last) > position) {
      this.current = createTimeline(
        (this.events[0] as Extract<ShopEvent, {kind: 'run-start'}>).info,
      );
      this.applied = 0;
      this.drained = 0;
    }
    while (this.applied < this.events.length && eventTime(this.events[this.applied]!) <= position) {
      applyEvent(this.current, this.events[this.applied]!);
      this.applied++;
    }
    return this.current;
  }

  /**
   * The events applied since the last call (after a jump back: from the start
   * again), for a view that prints a line per event as a live run does.
   */
  drain(): ShopEvent[] {
    this.timeline();
    const fresh = this.events.slice(this.drained, this.applied);
    this.drained = this.applied;
    return fresh;
  }

  private reanchor(runMs: number): void {
    this.anchorRunMs = runMs;
    this.anchorWallMs = this.now();
  }
}
