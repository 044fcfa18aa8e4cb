/**
 * The words every layer shares: what a run can be (its mode and workload), the kinds
 * of step a recipe has, and who a customer is. The events (`events.ts`) and the saved
 * run are written in these words, so they live here, below the engine and the
 * timeline, and import nothing but the skins' names.
 */
import type {SkinName} from './skins.js';

export const modes = ['sequential', 'concurrent', 'parallel', 'hybrid', 'blocking', 'gil'] as const;
export type Mode = (typeof modes)[number];

/**
 * The kinds of step a recipe has: `order`, `machine` and `serve` are I/O (awaited
 * timers on the event loop); `brew` is CPU (real computation on a barista thread).
 */
export const stepKinds = ['order', 'brew', 'machine', 'serve'] as const;
export type StepKind = (typeof stepKinds)[number];

export const workloads = ['io', 'cpu', 'mixed'] as const;
export type Workload = (typeof workloads)[number];

/** The colour themes, for a dark or a light terminal background (--theme; the exports too). */
export const themeNames = ['dark', 'light'] as const;
export type ThemeName = (typeof themeNames)[number];

/** The time scales the `<` and `>` keys step through, live and in a replay. */
export const speedSteps = [0.25, 0.5, 1, 2, 4, 8, 16] as const;

/**
 * The next time scale up (`direction` 1) or down (-1) from `speed`; a speed past
 * either end of the ladder (a --speed of 100) stays where it is.
 */
export function stepSpeed(speed: number, direction: 1 | -1): number {
  if (direction > 0) return speedSteps.find((s) => s > speed) ?? speed;
  return [...speedSteps].reverse().find((s) => s < speed) ?? speed;
}

export type Customer = {
  id: number;
  name: string;
  drink: string;
  /** When the customer walks in, ms after the shop opens (time scale 1). */
  arrivalMs: number;
};

export type Step = {kind: StepKind; ms: number};
export type Recipe = Step[];
export type Menu = Record<string, Recipe>;

export type Scenario = {
  name: string;
  /** The words it is told in (protocol/skins.ts); the coffee shop's when absent. */
  skin?: SkinName;
  /** The seed it was generated from; null when it came from a file. */
  seed: number | null;
  workload: Workload;
  menu: Menu;
  customers: Customer[];
};
