import type {RunSettings} from '../cli/options.js';
import type {ShopEvent} from '../timeline/events.js';
import {eventTime} from '../record/replay.js';
import type {BrewNow, DriverRun, ShopDriver} from './driver.js';

/**
 * A driver that plays saved events back at their measured times (scaled by
 * `rate`), so the same App shows a saved run: the seam for `brewlanes replay`.
 * Every run it starts is the saved run, whatever mode was asked for; brews in
 * progress are the saved brew segments that span the replay's now.
 */
export function eventsDriver(events: readonly ShopEvent[], rate = 1): ShopDriver {
  const first = events[0];
  if (first?.kind !== 'run-start') throw new Error('a run begins with a run-start event');
  const ordered = [...events].sort((a, b) => eventTime(a) - eventTime(b));
  const brews = events.flatMap((e) => (e.kind === 'segment' && e.stepKind === 'brew' ? [e] : []));
  return {
    workers: () => first.info.workers,
    resize: async () => {},
    threadCount: () => 0,
    close: async () => {},
    start(_settings: RunSettings, onEvent, signal): DriverRun {
      let playedMs = 0;
      let resumedAt: number | null = performance.now();
      let next = 0;
      let timer: NodeJS.Timeout | null = null;
      const now = () =>
        (playedMs + (resumedAt === null ? 0 : performance.now() - resumedAt)) * rate;
      let finish: (value: {aborted: boolean}) => void = () => {};
      const done = new Promise<{aborted: boolean}>((resolve) => (finish = resolve));
      const play = () => {
        timer = null;
        while (next < ordered.length && eventTime(ordered[next]!) <= now())
          onEvent(ordered[next++]!);
        if (next >= ordered.length) return finish({aborted: false});
        if (resumedAt !== null)
          timer = setTimeout(play, Math.max(1, (eventTime(ordered[next]!) - now()) / rate));
      };
      signal.addEventListener(
        'abort',
        () => {
          if (timer) clearTimeout(timer);
          finish({aborted: true});
        },
        {once: true},
      );
      play();
      return {
        done,
        now,
        brewsInProgress(): BrewNow[] {
          const t = now();
          return brews
            .filter((b) => b.start <= t && b.end > t)
            .map((b) => ({thread: b.thread, customer: b.customer, step: b.step, start: b.start}));
        },
        pause() {
          if (resumedAt === null) return;
          playedMs += performance.now() - resumedAt;
          resumedAt = null;
          if (timer) clearTimeout(timer);
          timer = null;
        },
        resume() {
          if (resumedAt !== null) return;
          resumedAt = performance.now();
          play();
        },
      };
    },
  };
}
