import type {Menu, Recipe, StepKind, Workload} from '../protocol/vocabulary.js';

/**
 * The menu: each drink is a recipe of steps. `order`, `machine` and `serve` are
 * I/O (awaited timers on the event loop); `brew` is CPU (real computation on a
 * barista thread). Durations are milliseconds at time scale 1.
 */

export const isIoStep = (kind: StepKind): boolean => kind !== 'brew';

/** The coffee shop as it is: some waiting, some brewing. */
export const mixedMenu: Menu = {
  espresso: [
    {kind: 'order', ms: 100},
    {kind: 'brew', ms: 300},
    {kind: 'machine', ms: 250},
    {kind: 'serve', ms: 50},
  ],
  americano: [
    {kind: 'order', ms: 100},
    {kind: 'brew', ms: 300},
    {kind: 'machine', ms: 450},
    {kind: 'serve', ms: 50},
  ],
  latte: [
    {kind: 'order', ms: 100},
    {kind: 'brew', ms: 350},
    {kind: 'machine', ms: 600},
    {kind: 'serve', ms: 50},
  ],
  cappuccino: [
    {kind: 'order', ms: 100},
    {kind: 'brew', ms: 400},
    {kind: 'machine', ms: 550},
    {kind: 'serve', ms: 50},
  ],
  'caramel macchiato, extra foam': [
    {kind: 'order', ms: 150},
    {kind: 'brew', ms: 900},
    {kind: 'machine', ms: 1100},
    {kind: 'serve', ms: 80},
  ],
};

/** How each workload reshapes the menu: `io` is mostly waiting, `cpu` mostly brewing. */
const workloadScale: Record<Workload, Record<StepKind, number>> = {
  mixed: {order: 1, brew: 1, machine: 1, serve: 1},
  io: {order: 1, brew: 0.1, machine: 2, serve: 1},
  cpu: {order: 0.5, brew: 2, machine: 0.1, serve: 0.5},
};

/**
 * The built-in menu for a workload. A menu has no prototype, so that a drink
 * named `constructor` or `__proto__` (from a scenario file) is a drink like any
 * other: look one up with `recipeFor` or `Object.hasOwn`, never with `in`.
 */
export function menuFor(workload: Workload): Menu {
  const scale = workloadScale[workload];
  const menu: Menu = Object.create(null) as Menu;
  for (const [drink, recipe] of Object.entries(mixedMenu)) {
    menu[drink] = recipe.map((step) => ({
      kind: step.kind,
      ms: Math.round(step.ms * scale[step.kind]),
    }));
  }
  return menu;
}

/** A drink's recipe, or undefined when the menu has no such drink (never an inherited property). */
export const recipeFor = (menu: Menu, drink: string): Recipe | undefined =>
  Object.hasOwn(menu, drink) ? menu[drink] : undefined;

/** Standalone duration of a recipe: what one customer would take alone in the shop. */
export const recipeMs = (recipe: Recipe): number => recipe.reduce((sum, step) => sum + step.ms, 0);
