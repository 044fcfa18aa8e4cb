/** The stages of an order, in the order they must run: each needs the one before it. */
export const stageNames = ['grind', 'brew', 'froth'] as const;
export type StageName = (typeof stageNames)[number];

/**
 * What a barista of the assembly line is handed: the stages it does (one, on
 * the line; all three, for the barista who makes each order start to finish)
 * for every order, in order, and the shared handover board.
 */
export type StageTask = {
  /** Indexes into stageNames, ascending. */
  stages: number[];
  orders: number;
  /** Kernel units of real work for each stage (indexed like stageNames). */
  unitsPerStage: number[];
  /** The handover board (handover.ts), shared by every barista of the job. */
  board: SharedArrayBuffer;
  /** The start gate (engine/start-gate.ts). */
  gate: SharedArrayBuffer;
  /** How long a stage waits for the stage before it to hand an order over before it gives up. */
  handoverTimeoutMs: number;
  seed: number;
};

/** One stage of one order, measured on the thread that did it (engine/monotonic-clock.ts). */
export type StageSegment = {order: number; stage: number; start: number; end: number};

/** `cpuMs`: CPU time the thread obtained from the gate to its last stage (engine/thread-cpu.ts); null where it cannot be read. */
export type StageResult = {threadId: number; segments: StageSegment[]; cpuMs: number | null};
