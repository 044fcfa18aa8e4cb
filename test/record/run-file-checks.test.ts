import {execFileSync} from 'node:child_process';
import {truncateSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {loadRun, runFileMaxBytes} from '../../source/record/run-file.js';
import {Replay} from '../../source/record/replay.js';
import {fixtureRun, temporaryFolder} from '../helpers/fixture-run.js';
import {hostileNames, obeyedCharacters} from '../helpers/hostile-text.js';
import {refusalOf} from '../helpers/refusal.js';

// Documents edited by hand, field by field.
type Editable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const folder = temporaryFolder();
let written = 0;
const write = (content: unknown): string => {
  const path = join(folder, `run-${++written}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const edited = (edit: (run: Editable) => void): string => {
  const run = structuredClone(fixtureRun()) as unknown as Editable;
  edit(run);
  return write(run);
};
/** The one line a refused file gives. */
const refusal = (path: string): string => refusalOf(() => loadRun(path));

describe('a saved run is checked for sense, not only shape', () => {
  it.each<[string, (run: Editable) => void, RegExp]>([
    [
      'a negative time',
      (run) => (run.events[1].t = -5),
      /events\[1\]\.t must be a number of milliseconds of run time, 0 to 604800000 \(a week\) \(found -5\)/,
    ],
    [
      'an interval that ends before it starts',
      (run) => (run.events[12].end = 1),
      /events\[12\]\.end must be >= start \(it ends at 1, before 200\)/,
    ],
    [
      'speed 0',
      (run) => (run.events[0].info.speed = 0),
      /events\[0\]\.info\.speed must be a time scale from 0\.01 to 100 \(found 0\)/,
    ],
    [
      'an event at t = 1e15 (replay would wait for ever)',
      (run) => (run.events.at(-1).t = 1e15),
      /events\[\d+\]\.t must be a number of milliseconds of run time, 0 to 604800000/,
    ],
    [
      'a date that is not a date',
      (run) => (run.savedAt = '\u001b[2J'),
      /"savedAt" must be a date and time as ISO 8601 writes it, such as 2026-11-24T09:00:00\.000Z \(found "\\u001b\[2J"\)/,
    ],
    [
      'a second run-start',
      (run) => run.events.splice(3, 0, structuredClone(run.events[0])),
      /events\[3\] is a second run-start event/,
    ],
    [
      'customers with the same id',
      (run) => (run.events[0].info.customers[1].id = 1),
      /events\[0\]\.info\.customers\[1\]\.id must be unique/,
    ],
    [
      'a step kind that does not exist',
      (run) => (run.events[5].stepKind = 'boil'),
      /events\[5\]\.stepKind must be one of order, brew, machine, serve \(found "boil"\)/,
    ],
    [
      'a loop sample busier than the whole interval',
      (run) => (run.events[11].busy = 3),
      /events\[11\]\.busy must be a fraction from 0 to 1/,
    ],
    [
      'a field the format does not have',
      (run) => (run.events[1].colour = 'red'),
      /events\[1\] has an unknown field "colour"; the fields are kind, t, customer/,
    ],
    [
      'no machine',
      (run) => delete run.machine.cpuModel,
      /machine\.cpuModel must be a string of at most 1000 characters \(it is missing\)/,
    ],
  ])('%s', (_what, edit, expected) => {
    expect(refusal(edited(edit))).toMatch(expected);
  });

  it('every event the fixture has still loads, and replays to its end', () => {
    const run = loadRun(edited(() => {}));
    const replay = new Replay(run.events, {now: () => 0});
    expect(replay.duration).toBe(1100);
  });
});

describe('deeply nested JSON is refused in one line, wherever it is', () => {
  // 100,000 levels: more than any recursive walk (or JSON.stringify) survives.
  const nested = '['.repeat(100_000) + ']'.repeat(100_000);
  const placeholder = '__NESTED__';
  it.each<[string, (run: Editable) => void, RegExp]>([
    [
      'an unknown field of an event',
      (run) => (run.events[1].extra = placeholder),
      /unknown field "extra"/,
    ],
    [
      'the run-start info',
      (run) => (run.events[0].info = placeholder),
      /events\[0\]\.info must be/,
    ],
    [
      'the recipes',
      (run) => (run.events[0].info.recipes['1'] = [placeholder]),
      /recipes\["1"\]\[0\]/,
    ],
    [
      'the menu',
      (run) => (run.scenario.menu.latte = placeholder),
      /scenario\.menu\["latte"\]\[0\] must be an object/,
    ],
    [
      'the format',
      (run) => (run.format = placeholder),
      /not a brewlanes run file \(format an array\)/,
    ],
    [
      'the version',
      (run) => (run.version = placeholder),
      /run file version an array is not supported/,
    ],
    [
      'an event kind',
      (run) => (run.events[3].kind = placeholder),
      /events\[3\]\.kind must be a string \(found an array\)/,
    ],
    [
      'an event',
      (run) => (run.events[2] = placeholder),
      /events\[2\] must be an object with a "kind"/,
    ],
  ])('in %s', (_what, edit, expected) => {
    const run = structuredClone(fixtureRun()) as unknown as Editable;
    edit(run);
    const text = JSON.stringify(run).replace(`"${placeholder}"`, nested);
    expect(refusal(write(text))).toMatch(expected);
  });

  it('as the whole document', () => {
    expect(refusal(write(nested))).toMatch(/not a brewlanes run file/);
  });
});

describe('every text in a saved run is made inert when it is loaded', () => {
  it('names, drinks, menu keys, scenario name, CPU model, Node, platform, reasons', () => {
    const path = edited((run) => {
      run.machine.cpuModel = hostileNames[1];
      run.machine.node = hostileNames[2];
      run.machine.platform = hostileNames[3];
      run.scenario.name = hostileNames[4];
      run.scenario.menu[hostileNames[5]] = run.scenario.menu.latte;
      run.scenario.customers[0].name = hostileNames[6];
      run.scenario.customers[1].drink = hostileNames[7];
      run.events[0].info.scenarioName = hostileNames[8];
      run.events[0].info.customers[0].name = hostileNames[0];
      run.events[0].info.customers[2].drink = hostileNames[3];
      run.events.splice(-1, 0, {kind: 'failed', t: 1100, customer: 2, reason: hostileNames[5]});
    });
    const run = loadRun(path);
    const strings: string[] = [];
    JSON.stringify(run, (key, value: unknown) => {
      strings.push(key);
      if (typeof value === 'string') strings.push(value);
      return value;
    });
    expect(strings.flatMap(obeyedCharacters)).toEqual([]);
    expect(run.machine.cpuModel).toBe('\\e[2J');
    expect(run.events[0]!.kind === 'run-start' && run.events[0]!.info.customers[0]!.name).toBe(
      '\\e]0;pwned\\x07\\e[6n',
    );
  });
});

describe('what is read, and how much', () => {
  it('refuses a pipe with no writer at once, and /dev/zero', () => {
    const fifo = join(folder, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    expect(refusal(fifo)).toMatch(/cannot read the file \(it is a pipe, not a regular file\)/);
    expect(refusal('/dev/zero')).toMatch(/it is a character device, not a regular file/);
  });

  it('refuses a file over the cap, naming the cap, without reading it', () => {
    const path = join(folder, 'huge.json');
    writeFileSync(path, '');
    truncateSync(path, runFileMaxBytes + 1); // sparse: nothing is written
    expect(refusal(path)).toMatch(
      /cannot read the file \(it is larger than 256 MiB, the most read\)/,
    );
  });

  it('refuses invalid UTF-8, naming the offset, rather than reading U+FFFD', () => {
    const text = Buffer.from(JSON.stringify(fixtureRun()));
    const at = text.indexOf('hand-made');
    text[at] = 0xff;
    const path = join(folder, 'latin1.json');
    writeFileSync(path, text);
    expect(refusal(path)).toMatch(
      new RegExp(`not UTF-8 text \\(an invalid byte at offset ${at}\\)`),
    );
  });
});
