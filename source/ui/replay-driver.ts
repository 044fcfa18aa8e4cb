import type {RunSettings} from '../protocol/run-settings.js';
import {Replay, type ReplayOptions} from '../record/replay.js';
import type {SegmentEvent, ShopEvent} from '../protocol/events.js';
import type {BrewNow, DriverRun, ShopDriver} from './driver.js';

/** Longest wait between two looks at the replay, so a clock moved by a test or a jump shows soon. */
const longestWaitMs = 100;

/** What the dashboard's header says about a replay: the file and when it was saved. */
export type ReplaySource = {file: string; savedAt: string};

/**
 * The dashboard's runs from a saved run, played by `record/replay.ts`'s Replay:
 * every run it starts is the saved run (whatever mode was asked for), its events
 * handed to the session as they become due, so the same reducer builds the same
 * timeline. A jump back makes the Replay fold from the start again: the session
 * is handed the run-start event and every event up to the new position. The run
 * stays open at the end (a jump back plays again) until it is aborted.
 */
export function replayDriver(
  events: readonly ShopEvent[],
  source: ReplaySource,
  options: ReplayOptions = {},
  /** Cores of the machine that made the run (the saved run's `machine.cores`). */
  cores?: number,
): ShopDriver {
  const first = events[0];
  if (first?.kind !== 'run-start') throw new Error('a run begins with a run-start event');
  const brews = events.filter(
    (e): e is SegmentEvent => e.kind === 'segment' && e.stepKind === 'brew',
  );
  let speed = options.speed ?? 1;
  return {
    workers: () => first.info.workers,
    resize: async () => {},
    threadCount: () => 0,
    close: async () => {},
    replay: {source, speed: () => speed, ...(cores === undefined ? {} : {cores})},
    start(_settings: RunSettings, onEvent, signal): DriverRun {
      const replay = new Replay(events, {...options, speed});
      let timer: NodeJS.Timeout | null = null;
      let finish: (value: {aborted: boolean}) => void = () => {};
      const done = new Promise<{aborted: boolean}>((resolve) => (finish = resolve));
      const play = () => {
        if (timer) clearTimeout(timer);
        timer = null;
        if (signal.aborted) return;
        for (const event of replay.drain()) onEvent(event);
        const next = replay.nextEventTime();
        if (next === null || replay.paused) return;
        timer = setTimeout(play, Math.max(1, Math.min(longestWaitMs, replay.wallMsUntil(next))));
      };
      signal.addEventListener(
        'abort',
        () => {
          if (timer) clearTimeout(timer);
          timer = null;
          finish({aborted: true});
        },
        {once: true},
      );
      play();
      return {
        done,
        now: () => replay.position(),
        brewsInProgress(): BrewNow[] {
          const t = replay.position();
          return brews
            .filter((b) => b.start <= t && b.end > t)
            .map((b) => ({thread: b.thread, customer: b.customer, step: b.step, start: b.start}));
        },
        pause() {
          replay.pause();
          play();
        },
        resume() {
          replay.resume();
          play();
        },
        seekBy(deltaMs) {
          replay.seekBy(deltaMs);
          play();
        },
        stepSpeed(direction) {
          speed = replay.stepSpeed(direction);
          play();
          return speed;
        },
      };
    },
  };
}
