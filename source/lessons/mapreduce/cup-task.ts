/** What the shop's thread hands a barista of the catering order (one batch of the split), and what it answers. */
export type CupBatchTask = {
  /** The cups of this batch, by number (from 1). */
  cups: number[];
  /** Each cup's ticket, written by the split: the brew's starting state. */
  tickets: number[];
  /** Kernel units of real work per cup (one brew). */
  unitsPerCup: number;
  /** The start gate (engine/start-gate.ts): every barista of the job starts together. */
  gate: SharedArrayBuffer;
};

/** A brewed cup: its measured interval (engine/monotonic-clock.ts) on the barista's thread, and its taste (the kernel's result). */
export type BrewedCup = {cup: number; start: number; end: number; taste: number};

/** `cpuMs`: CPU time the thread obtained over its batch (engine/thread-cpu.ts); null where it cannot be read. */
export type CupBatchResult = {threadId: number; cups: BrewedCup[]; cpuMs: number | null};
