import type {OwnLessonId} from '../lessons/index.js';
import type {RunSettings} from '../protocol/run-settings.js';
import type {ShopEvent} from '../protocol/events.js';

/** A brew computing right now on a barista thread; `start` is run time as that thread measured it. */
export type BrewNow = {thread: number; customer: number; step: number; start: number};

/** One run as the dashboard sees it: events arrive through `onEvent`, the rest is asked for. */
export type DriverRun = {
  /** Settles when the run ends (served, failed or aborted). */
  done: Promise<{aborted: boolean}>;
  /** Run time now (paused time left out). */
  now(): number;
  brewsInProgress(): BrewNow[];
  /** How long the shop's event loop has stood still (ms, 0 when it runs); absent where it cannot stall (a replay). */
  stalledMs?(): number;
  pause(): void;
  resume(): void;
  /** A replay's jump in run time (`←`/`→`); absent on the live engine. */
  seekBy?(deltaMs: number): void;
  /** A replay's next playback speed up or down (`>`/`<`); returns it. Absent on the live engine. */
  stepSpeed?(direction: 1 | -1): number;
};

/**
 * Where the dashboard's runs come from. The App never calls the engine itself:
 * the live command hands it the engine (`engineDriver`), a replay can hand it a
 * driver that plays saved events back, and tests can hand it either.
 */
export type ShopDriver = {
  /** Resolves once the driver can start runs (the shop is open); absent when it can at once. */
  ready?: () => Promise<void>;
  /** Barista threads the driver runs with now. */
  workers(): number;
  /** A different number of barista threads (no run may be in progress). */
  resize(workers: number): Promise<void>;
  /** Starts one run of `settings` (its mode, customers, workload, speed). */
  start(settings: RunSettings, onEvent: (event: ShopEvent) => void, signal: AbortSignal): DriverRun;
  /**
   * Runs a lesson with its own mechanism (lessons/index.ts) for real and reports
   * it line by line; absent where the driver cannot (a replay). No run may be in progress.
   */
  lesson?: (
    name: OwnLessonId,
    settings: RunSettings,
    onLine: (line: string) => void,
    signal: AbortSignal,
  ) => Promise<void>;
  /** Live threads, to show that switching mode starts none. */
  threadCount(): number;
  close(): Promise<void>;
  /** Set when the runs are a saved run played back: its file, when it was saved, the playback speed. */
  replay?: {
    source: {file: string; savedAt: string};
    speed(): number;
    /** Cores of the machine the saved run ran on, when the file says. */
    cores?: number;
  };
};
