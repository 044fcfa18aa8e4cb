import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {UsageError} from '../usage-error.js';
import {fromDist} from '../bundle.js';

/**
 * The seeds' own examples, runnable by name (`--scenario gather`): each is a
 * scenario file in `examples/` (checked by schema/scenario.schema.json like any
 * other), which names the words it is told in. `about` is its line in --help.
 */
export const namedScenarios = {
  'coffee-shop': {
    file: 'seed-coffee-shop.json',
    about: 'the seed program: 5 orders, each waits 2 s for its coffee (≈ 2.5 s in all)',
  },
  gather: {
    file: 'gather.json',
    about: 'gather(2, 3, 1): three awaited tasks, ≈ 3 s in all (the longest), not 6 (the sum)',
  },
  'two-loops': {
    file: 'two-loops.json',
    about: 'two CPU loops of 1 s: --mode sequential ≈ 2 s against --mode parallel ≈ 1 s',
  },
  'web-server': {
    file: 'web-server.json',
    about: '5 requests of 1 s each, handled on one event loop: ≈ 1 s in all',
  },
  'two-tasks': {
    file: 'two-tasks.json',
    about: 'task A awaits 2 s, task B 1 s, started together: B finishes first',
  },
} as const satisfies Record<string, {file: string; about: string}>;

export type ScenarioName = keyof typeof namedScenarios;
export const scenarioNames = Object.keys(namedScenarios) as ScenarioName[];

const isScenarioName = (value: string): value is ScenarioName =>
  Object.hasOwn(namedScenarios, value);

/** `examples/FILE`, beside `dist/` (from this module in `source/` or `dist/`, and from the bundle). */
const exampleFile = (file: string): string =>
  fileURLToPath(fromDist(`../examples/${file}`, import.meta.url));

/**
 * The file `--scenario VALUE` reads: a named example's, else VALUE as a path. A
 * value that is no name, no existing file and looks like a name (no folder, no
 * extension) is refused in one line that lists the names.
 */
export function scenarioPath(value: string): string {
  if (isScenarioName(value)) return exampleFile(namedScenarios[value].file);
  if (!existsSync(value) && /^[\w-]+$/.test(value)) {
    throw new UsageError(
      `--scenario ${JSON.stringify(value)} is not a scenario name nor a file; use one of ${scenarioNames.join(', ')}, or a JSON scenario file (see examples/)`,
    );
  }
  return value;
}
