import {workloads, type Workload} from '../protocol/vocabulary.js';

export const minBaristas = 1;
export const maxBaristas = 64;
export const minCustomers = 1;
export const maxCustomers = 200;

export const clamp = (value: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, value));

export const nextWorkload = (workload: Workload): Workload =>
  workloads[(workloads.indexOf(workload) + 1) % workloads.length]!;

/** The shared espresso machines `m` cycles through: one, two, unlimited (undefined). */
export function nextMachines(machines: number | undefined): number | undefined {
  if (machines === undefined) return 1;
  if (machines === 1) return 2;
  return undefined;
}

/** The brew slice in concurrent mode, ms at time scale 1 (the engine's default is 50). */
export const defaultSliceMs = 50;
export const minSliceMs = 0.5;
export const maxSliceMs = 800;

/** `[` halves the slice, `]` doubles it, within bounds. */
export const stepSlice = (sliceMs: number | undefined, direction: 1 | -1): number =>
  clamp((sliceMs ?? defaultSliceMs) * (direction > 0 ? 2 : 0.5), minSliceMs, maxSliceMs);
