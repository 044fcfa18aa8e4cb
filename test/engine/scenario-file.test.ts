import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadScenarioFile, parseScenario} from '../../source/engine/scenario-file.js';

const where = '--scenario x.json';
const message = (data: unknown) => {
  try {
    parseScenario(data, 'mixed', where);
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};

describe('scenario files', () => {
  it('loads the shipped seed example with its own menu', () => {
    const scenario = loadScenarioFile('examples/seed-coffee-shop.json', 'mixed');
    expect(scenario.customers).toHaveLength(5);
    expect(scenario.customers.map((c) => c.arrivalMs)).toEqual([0, 100, 200, 300, 400]);
    expect(scenario.menu.coffee?.map((s) => s.kind)).toEqual(['order', 'machine', 'serve']);
  });

  it('names the field that is wrong', () => {
    expect(message([])).toMatch(/the document must be a JSON object/);
    expect(message({customers: []})).toMatch(/"customers" must be a non-empty array/);
    expect(message({customers: [{id: 1, name: 'A', drink: 'mocha'}]})).toMatch(
      /customers\[0\]\.drink must be on the menu/,
    );
    expect(message({customers: [{id: 0, name: 'A', drink: 'latte'}]})).toMatch(
      /customers\[0\]\.id/,
    );
    expect(message({customers: [{id: 1, name: '', drink: 'latte'}]})).toMatch(
      /customers\[0\]\.name/,
    );
    expect(
      message({
        customers: [
          {id: 1, name: 'A', drink: 'latte'},
          {id: 1, name: 'B', drink: 'latte'},
        ],
      }),
    ).toMatch(/customers\[1\]\.id must be unique/);
    expect(message({customers: [{id: 1, name: 'A', drink: 'latte', arrival_ms: -5}]})).toMatch(
      /arrival_ms/,
    );
    expect(
      message({menu: {x: [{kind: 'boil', ms: 1}]}, customers: [{id: 1, name: 'A', drink: 'x'}]}),
    ).toMatch(/menu\["x"\]\[0\]\.kind must be one of order, brew, machine, serve/);
    expect(
      message({
        menu: {x: [{kind: 'brew', ms: 'long'}]},
        customers: [{id: 1, name: 'A', drink: 'x'}],
      }),
    ).toMatch(/menu\["x"\]\[0\]\.ms/);
    expect(message({customers: [{id: 1, name: 'A', drink: 'latte'}]})).toBe('accepted');
  });

  it('gives the JSON error with its line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brewlanes-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{\n  "customers": [\n    {"id": 1,}\n  ]\n}\n');
    expect(() => loadScenarioFile(file, 'mixed')).toThrow(
      /not valid JSON: .*position \d+.*\(line 3, column \d+\)/,
    );
    expect(() => loadScenarioFile(join(dir, 'missing.json'), 'mixed')).toThrow(
      /cannot read the file \(no such file\)/,
    );
  });
});
