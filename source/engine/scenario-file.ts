import {menuFor, recipeFor} from './menu.js';
import type {Menu, Recipe} from '../protocol/vocabulary.js';
import {type StepKind, type Workload} from '../protocol/vocabulary.js';
import type {Scenario} from '../protocol/vocabulary.js';
import type {Customer} from '../protocol/vocabulary.js';
import type {SkinName} from '../protocol/skins.js';
import {UsageError} from '../usage-error.js';
import {readTextFile} from '../read-text-file.js';
import {inertText} from '../protocol/inert-text.js';
import {checkAgainstSchema} from '../protocol/json-schema.js';
import {parseJsonText} from '../protocol/json-text.js';

/** The most of a scenario file that is read: 10,000 customers take well under 2 MiB. */
export const scenarioFileMaxBytes = 16 * 1024 * 1024;

/**
 * The most steps a scenario may hold in all (each customer's drink's steps, added
 * up). Each step is two events or more; 10,000 customers of a 2,000-step drink
 * would fill the heap before the run ends.
 */
export const maxStepsInAll = 100_000;

/** The longest step or arrival in a scenario file, ms at time scale 1 (schema/scenario.schema.json). */
export const longestScenarioMs = 3_600_000;

/** The shape that schema/scenario.schema.json guarantees. */
type ScenarioDocument = {
  name?: string;
  skin?: SkinName;
  menu?: Record<string, Array<{kind: StepKind; ms: number}>>;
  customers: Array<{id: number; name: string; drink: string; arrival_ms?: number}>;
};

/**
 * A scenario file: customers, and optionally a menu of its own.
 *
 * {"name": "...", "menu": {"coffee": [{"kind": "order", "ms": 100}, ...]},
 *  "customers": [{"id": 1, "name": "Ana", "drink": "coffee", "arrival_ms": 0}, ...]}
 *
 * Drinks not in the file's menu come from the built-in menu for the workload. Its
 * shape is schema/scenario.schema.json.
 */
export function loadScenarioFile(path: string, workload: Workload): Scenario {
  const where = `--scenario ${path}`;
  const expected = 'a JSON scenario file (see examples/)';
  const text = readTextFile(path, where, expected, scenarioFileMaxBytes);
  return parseScenario(parseJsonText(text, where, expected), workload, where);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a parsed scenario file and makes its names inert (protocol/inert-text.ts):
 * a name is data, shown, never obeyed by the terminal.
 */
export function parseScenario(data: unknown, workload: Workload, where: string): Scenario {
  const fail = (what: string): never => {
    throw new UsageError(`${where}: ${what}`);
  };
  if (!isRecord(data)) fail('the document must be a JSON object with a "customers" array');
  checkAgainstSchema('scenario', data, where);
  const document = data as ScenarioDocument;
  // No prototype: a drink called "constructor", "toString" or "__proto__" is just a drink.
  const menu: Menu = Object.create(null) as Menu;
  Object.assign(menu, menuFor(workload));
  for (const [drink, steps] of Object.entries(document.menu ?? {})) {
    menu[drink] = steps.map(({kind, ms}) => ({kind, ms}));
  }
  const seen = new Set<number>();
  let stepsInAll = 0;
  document.customers.forEach(({id, drink}, index) => {
    const field = `customers[${index}]`;
    if (seen.has(id)) fail(`${field}.id must be unique (${id} appears twice)`);
    seen.add(id);
    const recipe = recipeFor(menu, drink);
    if (recipe === undefined) {
      return fail(`${field}.drink must be on the menu (${Object.keys(menu).join(', ')})`);
    }
    stepsInAll += recipe.length;
  });
  if (stepsInAll > maxStepsInAll) {
    fail(
      `${document.customers.length} customers with their drinks make ${stepsInAll} steps; at most ${maxStepsInAll} steps in all (customers × steps per drink)`,
    );
  }
  const shownMenu = inertMenu(menu, fail);
  const customers = document.customers.map(({id, name, drink, arrival_ms}): Customer => ({
    id,
    name: inertText(name),
    drink: inertText(drink),
    arrivalMs: arrival_ms ?? 0,
  }));
  const name = document.name === undefined ? 'scenario file' : inertText(document.name);
  const skin = document.skin === undefined ? {} : {skin: document.skin};
  return {name, ...skin, seed: null, workload, menu: shownMenu, customers};
}

/** The menu under inert drink names; two drinks that would look the same are refused. */
function inertMenu(menu: Menu, fail: (what: string) => never): Menu {
  const shown: Menu = Object.create(null) as Menu;
  for (const [drink, recipe] of Object.entries(menu) as Array<[string, Recipe]>) {
    const name = inertText(drink);
    if (Object.hasOwn(shown, name)) {
      fail(`menu[${JSON.stringify(drink)}] would show as ${name}, like another drink; rename one`);
    }
    shown[name] = recipe;
  }
  return shown;
}
