import {menuFor, stepKinds, type Menu, type Step, type Workload} from './menu.js';
import type {Customer, Scenario} from './scenario.js';
import {UsageError} from '../usage-error.js';
import {readTextFile} from '../read-text-file.js';

/**
 * A scenario file: customers, and optionally a menu of its own.
 *
 * {"name": "...", "menu": {"coffee": [{"kind": "order", "ms": 100}, ...]},
 *  "customers": [{"id": 1, "name": "Ana", "drink": "coffee", "arrival_ms": 0}, ...]}
 *
 * Drinks not in the file's menu come from the built-in menu for the workload.
 */
export function loadScenarioFile(path: string, workload: Workload): Scenario {
  const text = readTextFile(path, `--scenario ${path}`, 'a JSON scenario file');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--scenario ${path}: not valid JSON: ${jsonErrorWithLine(text, error)}`);
  }
  return parseScenario(data, workload, `--scenario ${path}`);
}

function jsonErrorWithLine(text: string, error: unknown): string {
  const message = (error as Error).message;
  const match = /position (\d+)/.exec(message);
  if (!match) return message;
  const position = Number(match[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isDuration = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 3_600_000;

export function parseScenario(data: unknown, workload: Workload, where: string): Scenario {
  const fail = (field: string, expected: string): never => {
    throw new UsageError(`${where}: ${field} ${expected}`);
  };
  if (!isRecord(data)) fail('the document', 'must be a JSON object with a "customers" array');
  const document = data as Record<string, unknown>;
  const menu: Menu = {...menuFor(workload)};
  if (document.menu !== undefined) {
    if (!isRecord(document.menu)) fail('"menu"', 'must be an object of drink name to steps');
    for (const [drink, steps] of Object.entries(document.menu as Record<string, unknown>)) {
      if (!Array.isArray(steps) || steps.length === 0) {
        fail(`menu["${drink}"]`, 'must be a non-empty array of steps');
      }
      menu[drink] = (steps as unknown[]).map((step, index): Step => {
        const field = `menu["${drink}"][${index}]`;
        if (!isRecord(step)) return fail(field, 'must be an object {"kind", "ms"}');
        const {kind, ms} = step as Record<string, unknown>;
        if (typeof kind !== 'string' || !(stepKinds as readonly string[]).includes(kind)) {
          fail(`${field}.kind`, `must be one of ${stepKinds.join(', ')}`);
        }
        if (!isDuration(ms)) fail(`${field}.ms`, 'must be a number of milliseconds, 0 to 3600000');
        return {kind: kind as Step['kind'], ms: ms as number};
      });
    }
  }
  if (!Array.isArray(document.customers) || document.customers.length === 0) {
    fail('"customers"', 'must be a non-empty array');
  }
  const list = document.customers as unknown[];
  if (list.length > 10_000) fail('"customers"', 'must hold at most 10000 customers');
  const seen = new Set<number>();
  const customers = list.map((entry, index): Customer => {
    const field = `customers[${index}]`;
    if (!isRecord(entry))
      return fail(field, 'must be an object {"id", "name", "drink", "arrival_ms"}');
    const {id, name, drink} = entry as Record<string, unknown>;
    const arrival = (entry as Record<string, unknown>).arrival_ms ?? 0;
    if (!Number.isInteger(id) || (id as number) < 1)
      fail(`${field}.id`, 'must be a positive integer');
    if (seen.has(id as number))
      fail(`${field}.id`, `must be unique (${id as number} appears twice)`);
    seen.add(id as number);
    if (typeof name !== 'string' || name.trim() === '' || name.length > 40) {
      fail(`${field}.name`, 'must be a non-empty string of at most 40 characters');
    }
    if (typeof drink !== 'string' || !(drink in menu)) {
      fail(`${field}.drink`, `must be on the menu (${Object.keys(menu).join(', ')})`);
    }
    if (!isDuration(arrival))
      fail(`${field}.arrival_ms`, 'must be a number of milliseconds, 0 to 3600000');
    return {
      id: id as number,
      name: name as string,
      drink: drink as string,
      arrivalMs: arrival as number,
    };
  });
  const name = typeof document.name === 'string' ? document.name : 'scenario file';
  return {name, seed: null, workload, menu, customers};
}
