import {describe, expect, it} from 'vitest';
import {namedScenarios, scenarioNames, scenarioPath} from '../../source/engine/named-scenarios.js';
import {loadScenarioFile, parseScenario} from '../../source/engine/scenario-file.js';
import {UsageError} from '../../source/usage-error.js';

describe('the named scenarios', () => {
  it('each is a valid scenario file that says its words', () => {
    const skins = Object.fromEntries(
      scenarioNames.map((name) => [name, loadScenarioFile(scenarioPath(name), 'mixed').skin]),
    );
    expect(skins).toEqual({
      'coffee-shop': undefined,
      gather: 'tasks',
      'two-loops': 'tasks',
      'web-server': 'server',
      'two-tasks': 'tasks',
    });
  });

  it('gather is the snippet: tasks of 2, 3 and 1 s, started together', () => {
    const gather = loadScenarioFile(scenarioPath('gather'), 'mixed');
    const waits = gather.customers.map((c) => gather.menu[c.drink]!.map((step) => step.ms));
    expect(waits).toEqual([[2000], [3000], [1000]]);
    expect(gather.customers.map((c) => c.arrivalMs)).toEqual([0, 0, 0]);
  });

  it('a path is a path; an unknown name is refused with the names listed', () => {
    expect(scenarioPath('examples/seed-coffee-shop.json')).toBe('examples/seed-coffee-shop.json');
    expect(scenarioPath(namedScenarios.gather.file)).toBe('gather.json');
    expect(() => scenarioPath('gathr')).toThrow(UsageError);
    expect(() => scenarioPath('gathr')).toThrow(scenarioNames.join(', '));
  });

  it('a scenario file naming an unknown skin is refused in one line', () => {
    const customers = [{id: 1, name: 'Ana', drink: 'espresso'}];
    expect(() => parseScenario({skin: 'bakery', customers}, 'mixed', 'f.json')).toThrow(
      /^f\.json: "skin" must be one of coffee, kitchen, grading, server, tasks/,
    );
    expect(parseScenario({skin: 'kitchen', customers}, 'mixed', 'f.json').skin).toBe('kitchen');
  });
});
