/** What the main thread sends each barista of the tip-jar race, and what it answers. */
export type TipJarTask = {
  /** The jar: one Int32 counter in shared memory. */
  jar: SharedArrayBuffer;
  /** The start gate (start-gate.ts). */
  gate: SharedArrayBuffer;
  /** Tips this barista adds, one at a time. */
  tips: number;
  /** Kernel units of real work between reading the jar and writing it back (counting the tip). */
  workUnits: number;
  /** true: Atomics.add; false: load, work, store (a read-modify-write that loses updates). */
  atomic: boolean;
  seed: number;
};

export type TipJarResult = {threadId: number; start: number; end: number; checksum: number};
