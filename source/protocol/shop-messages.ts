import type {Mode, Scenario} from './vocabulary.js';
import type {ShopEvent} from './events.js';

/**
 * The wire between the dashboard's thread and the shop's thread (workers/shop.ts):
 * every message type in one place. Keys travel as messages; pause and abort also
 * through the run's control word in shared memory, so the baristas obey at once.
 */

/** What the shop's thread is handed when it starts. */
export type ShopThreadData = {
  workers: number;
  calibrationBudgetMs: number;
  /** The heartbeat (see heartbeat below). */
  heartbeat: SharedArrayBuffer;
  /** performance.timeOrigin of the thread that started the shop: the heartbeat's zero. */
  hostTimeOrigin: number;
};

/** One run of the shop, as the dashboard asks for it. */
export type ShopRunRequest = {
  scenario: Scenario;
  mode: Mode;
  speed?: number;
  sliceMs?: number;
  machines?: number;
};

export type ToShop =
  | {
      type: 'run';
      run: number;
      request: ShopRunRequest;
      /** The run's control word (RunControl.buffer), shared with the dashboard. */
      control: SharedArrayBuffer;
      /** Where the shop writes its clock's origin (epoch ms) as the run starts. */
      origin: SharedArrayBuffer;
    }
  /** `atEpoch`: when the key was pressed, in epoch ms, so both threads pause at the same instant. */
  | {type: 'pause'; run: number; atEpoch: number}
  | {type: 'resume'; run: number; atEpoch: number}
  | {type: 'abort'; run: number}
  | {type: 'resize'; request: number; workers: number}
  /**
   * A lesson (or the sweep) run on the shop's thread, so the frames drawn on the
   * dashboard's thread do not disturb what it measures; its report comes back line by line.
   */
  | {type: 'lesson'; request: number; name: ShopLessonName; settings: ShopLessonSettings}
  | {type: 'lesson-abort'; request: number}
  | {type: 'close'; request: number};

/** A lesson with its own mechanism, by its id in lessons/index.ts; the shop's thread checks it. */
export type ShopLessonName = string;
/** The settings a lesson reads: plain data, cloned across the threads. */
export type ShopLessonSettings = {workers: number; speed: number; seed: number};

/** What the shop's pool shares with the dashboard: the board of brews in progress. */
/** The pool's shared memory: its activity counter and the board of brews in progress. */
export type PoolShared = {activity: SharedArrayBuffer; board: SharedArrayBuffer};

export type ShopPoolInfo = {workers: number; threadCount: number; shared: PoolShared};

export type FromShop =
  | {type: 'open'; pool: ShopPoolInfo; unitsPerMs: number}
  /** A run's events, in order, batched (every few tens of ms and at the run's end). */
  | {type: 'events'; run: number; events: ShopEvent[]}
  /** `threadCount`: the pool's live threads as the run ended. */
  | {type: 'run-done'; run: number; aborted: boolean; failed: number; threadCount: number}
  | {type: 'run-error'; run: number; message: string}
  | {type: 'resized'; request: number; pool: ShopPoolInfo}
  | {type: 'closed'; request: number}
  | {type: 'lesson-line'; request: number; line: string}
  | {type: 'lesson-done'; request: number}
  | {type: 'error'; request: number | null; message: string; fault?: boolean};

/**
 * The heartbeat: one Int32 word the shop's event loop rewrites every
 * `heartbeatIntervalMs` with the time (ms since the host's timeOrigin). A
 * dashboard that sees it stand still sees the shop's loop stalled, while it
 * keeps drawing.
 */
export const heartbeatIntervalMs = 10;
export const createHeartbeat = (): SharedArrayBuffer => new SharedArrayBuffer(4);
