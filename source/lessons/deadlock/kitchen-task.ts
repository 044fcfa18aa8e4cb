/** What the main thread sends a barista of the deadlock lesson, and what it answers. */
export type KitchenTask = {
  /** The lock table (locks.ts) holding the grinder and the steamer. */
  table: SharedArrayBuffer;
  gate: SharedArrayBuffer;
  /** This barista's number in the table, from 1. */
  barista: number;
  /** The locks in the order this barista takes them. */
  order: [number, number];
  /** Kernel units of real work done holding the first lock, then again holding both. */
  workUnits: number;
  /** Says stop (non-zero) to a barista stuck waiting: the watchdog's way to end the lesson. */
  stop: SharedArrayBuffer;
  /** Where each barista writes its threadId (Int32 per barista), so the watchdog can name the threads. */
  threads: SharedArrayBuffer;
};

export type KitchenResult = {threadId: number; completed: boolean; checksum: number};

/** The two locks of the lesson. */
export const GRINDER = 0;
export const STEAMER = 1;
export const lockNames = ['grinder', 'steamer'] as const;
