import {execFileSync} from 'node:child_process';
import {mkdtempSync, truncateSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  loadScenarioFile,
  longestScenarioMs,
  maxStepsInAll,
  parseScenario,
  scenarioFileMaxBytes,
} from '../../source/engine/scenario-file.js';
import {menuFor, recipeFor} from '../../source/engine/menu.js';
import {longestTimerMs, speedRange} from '../../source/cli/options.js';
import {readSchema} from '../../source/protocol/json-schema.js';
import {hostileNames, obeyedCharacters} from '../helpers/hostile-text.js';

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

describe('drink names are data, never properties of Object.prototype', () => {
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'a customer who orders %j from a menu without it is refused in one line',
    (drink) => {
      expect(message({customers: [{id: 1, name: 'A', drink}]})).toMatch(
        /customers\[0\]\.drink must be on the menu/,
      );
    },
  );

  it('a menu may name its drinks __proto__ and constructor: they are drinks like any other', () => {
    const data = JSON.parse(
      '{"menu": {"__proto__": [{"kind": "order", "ms": 10}], "constructor": [{"kind": "brew", "ms": 20}]},' +
        ' "customers": [{"id": 1, "name": "A", "drink": "__proto__"}, {"id": 2, "name": "B", "drink": "constructor"}]}',
    ) as unknown;
    const scenario = parseScenario(data, 'mixed', where);
    expect(Object.getPrototypeOf(scenario.menu)).toBeNull();
    expect(Object.hasOwn(scenario.menu, '__proto__')).toBe(true);
    expect(scenario.menu['__proto__']).toEqual([{kind: 'order', ms: 10}]);
    expect(scenario.menu['constructor']).toEqual([{kind: 'brew', ms: 20}]);
    expect(scenario.menu['toString']).toBeUndefined();
  });

  it('the built-in menu has no prototype either', () => {
    expect(Object.getPrototypeOf(menuFor('mixed'))).toBeNull();
    expect(recipeFor(menuFor('cpu'), 'constructor')).toBeUndefined();
    expect(recipeFor(menuFor('cpu'), 'latte')).toHaveLength(4);
  });
});

describe('names from a scenario file are made inert', () => {
  it('customer names, drinks, menu keys and the scenario name', () => {
    const scenario = parseScenario(
      {
        name: hostileNames[0],
        menu: {[hostileNames[1]]: [{kind: 'order', ms: 10}]},
        customers: hostileNames.map((name, index) => ({
          id: index + 1,
          name,
          drink: index === 0 ? hostileNames[1] : 'latte',
        })),
      },
      'mixed',
      where,
    );
    const texts = [
      scenario.name,
      ...Object.keys(scenario.menu),
      ...scenario.customers.flatMap((c) => [c.name, c.drink]),
    ];
    expect(texts.flatMap(obeyedCharacters)).toEqual([]);
    expect(scenario.name).toBe('\\e]0;pwned\\x07\\e[6n');
    expect(scenario.customers[0]!.drink).toBe('\\e[2J');
    expect(recipeFor(scenario.menu, '\\e[2J')).toEqual([{kind: 'order', ms: 10}]);
  });

  it('refuses two drinks that would show as the same name', () => {
    expect(
      message({
        menu: {'a\u001b': [{kind: 'order', ms: 1}], 'a\\e': [{kind: 'order', ms: 2}]},
        customers: [{id: 1, name: 'A', drink: 'a\\e'}],
      }),
    ).toMatch(/would show as a\\e, like another drink; rename one/);
  });
});

describe('bounds on what a scenario may ask for', () => {
  const steps = (count: number) => Array.from({length: count}, () => ({kind: 'order', ms: 1}));

  it('at most 100 steps per drink', () => {
    expect(
      message({menu: {long: steps(101)}, customers: [{id: 1, name: 'A', drink: 'long'}]}),
    ).toMatch(/menu\["long"\] must be a non-empty array of at most 100 steps/);
    expect(
      message({menu: {long: steps(100)}, customers: [{id: 1, name: 'A', drink: 'long'}]}),
    ).toBe('accepted');
  });

  it(`at most ${maxStepsInAll} steps in all, said in one line`, () => {
    const customers = Array.from({length: 10_000}, (_, index) => ({
      id: index + 1,
      name: `C${index}`,
      drink: 'long',
    }));
    expect(message({menu: {long: steps(11)}, customers})).toMatch(
      /10000 customers with their drinks make 110000 steps; at most 100000 steps in all \(customers × steps per drink\)/,
    );
    expect(message({menu: {long: steps(10)}, customers})).toBe('accepted');
  });

  it('a field the format does not have is named, not ignored', () => {
    expect(message({customers: [{id: 1, name: 'A', drink: 'latte', arrivalMs: 5}]})).toMatch(
      /customers\[0\] has an unknown field "arrivalMs"; the fields are id, name, drink, arrival_ms/,
    );
  });

  it('the longest step at the slowest speed still fits one timer', () => {
    // --speed 1e-300 made every timer overflow (TimeoutOverflowWarning) and the run never end.
    expect(longestScenarioMs / speedRange.slowest).toBeLessThan(longestTimerMs);
    const scenarioSchema = readSchema('scenario') as {$defs: {milliseconds: {maximum: number}}};
    expect(scenarioSchema.$defs.milliseconds.maximum).toBe(longestScenarioMs);
  });
});

describe('what is read from a scenario file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brewlanes-'));
  const refusal = (path: string): string => {
    try {
      loadScenarioFile(path, 'mixed');
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
      return (error as Error).message;
    }
    return 'accepted';
  };

  it('refuses /dev/zero and a pipe with no writer at once', () => {
    expect(refusal('/dev/zero')).toMatch(
      /--scenario \/dev\/zero: cannot read the file \(it is a character device, not a regular file\)/,
    );
    const fifo = join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    expect(refusal(fifo)).toMatch(/it is a pipe, not a regular file/);
  });

  it('refuses a file over the cap, naming it', () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, '');
    truncateSync(path, scenarioFileMaxBytes + 1);
    expect(refusal(path)).toMatch(/it is larger than 16 MiB, the most read/);
  });

  it('refuses invalid UTF-8 (rather than reading U+FFFD), naming the offset', () => {
    const path = join(dir, 'latin1.json');
    const text = '{"customers": [{"id": 1, "name": "Jos\u00e9", "drink": "latte"}]}';
    writeFileSync(path, Buffer.from(text, 'latin1'));
    expect(refusal(path)).toMatch(
      new RegExp(`not UTF-8 text \\(an invalid byte at offset ${text.indexOf('\u00e9')}\\)`),
    );
    writeFileSync(path, text);
    expect(refusal(path)).toBe('accepted');
  });

  it('reads a file that begins with a byte-order mark', () => {
    const path = join(dir, 'bom.json');
    writeFileSync(path, '\ufeff{"customers": [{"id": 1, "name": "A", "drink": "latte"}]}');
    expect(refusal(path)).toBe('accepted');
  });

  it('refuses deep nesting in one line', () => {
    const path = join(dir, 'deep.json');
    const nested = '['.repeat(100_000) + ']'.repeat(100_000);
    writeFileSync(
      path,
      `{"customers": [{"id": 1, "name": "A", "drink": "latte", "x": ${nested}}]}`,
    );
    expect(refusal(path)).toMatch(/customers\[0\] has an unknown field "x"/);
    writeFileSync(path, `{"menu": {"x": ${nested}}, "customers": []}`);
    expect(refusal(path)).toMatch(/menu\["x"\]\[0\] must be an object/);
  });
});
