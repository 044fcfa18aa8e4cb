import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {CoffeeShop} from '../../source/engine/coffee-shop.js';
import {generateScenario} from '../../source/engine/scenario.js';
import {loadRun, runFileFormat, saveRun} from '../../source/record/run-file.js';
import {computeFigures} from '../../source/timeline/figures.js';
import {timelineFromEvents} from '../../source/timeline/reduce.js';
import {fixtureRun, fixtureRunPath, temporaryFolder} from '../helpers/fixture-run.js';
import {refusalOf} from '../helpers/refusal.js';

const figuresOf = (events: Parameters<typeof timelineFromEvents>[0]) =>
  computeFigures(timelineFromEvents(events));

describe('saved runs', () => {
  it('save → load → reduce gives the same figures and timeline as the events saved', () => {
    const {scenario, events} = fixtureRun();
    const path = join(temporaryFolder(), 'run.json');
    saveRun(path, scenario, events);
    const loaded = loadRun(path);
    expect(loaded.format).toBe(runFileFormat);
    expect(loaded.version).toBe(1);
    expect(loaded.machine.cores).toBeGreaterThan(0);
    expect(loaded.machine.node).toBe(process.version);
    expect(loaded.events).toEqual(events);
    expect(figuresOf(loaded.events)).toEqual(figuresOf(events));
  });

  it('a live run saved and loaded gives the figures of the live run', async () => {
    const scenario = generateScenario({seed: 3, customers: 3, workload: 'cpu'});
    const shop = await CoffeeShop.open(2);
    try {
      const outcome = await shop.run({scenario, mode: 'hybrid', speed: 4}).done;
      const live = figuresOf(outcome.events);
      const path = join(temporaryFolder(), 'live.json');
      saveRun(path, scenario, outcome.events);
      const loaded = loadRun(path);
      expect(figuresOf(loaded.events)).toEqual(live);
      expect(loaded.scenario.customers).toEqual(scenario.customers);
      // Every measured segment keeps the thread that did the work.
      const brews = loaded.events.filter((e) => e.kind === 'segment' && e.stepKind === 'brew');
      expect(brews.length).toBeGreaterThan(0);
      for (const brew of brews) expect(brew.kind === 'segment' && brew.thread).toBeGreaterThan(0);
    } finally {
      await shop.close();
    }
  });

  it('refuses to overwrite an existing file without force, leaving it untouched', () => {
    const {scenario, events} = fixtureRun();
    const folder = temporaryFolder();
    const path = join(folder, 'run.json');
    writeFileSync(path, 'precious');
    expect(() => saveRun(path, scenario, events)).toThrow(/already exists; add --force/);
    expect(readFileSync(path, 'utf8')).toBe('precious');
    expect(readdirSync(folder)).toEqual(['run.json']);
    saveRun(path, scenario, events, {force: true});
    expect(loadRun(path).events).toHaveLength(events.length);
    expect(readdirSync(folder)).toEqual(['run.json']);
  });

  it('refuses a folder that does not exist, naming it', () => {
    const {scenario, events} = fixtureRun();
    expect(() => saveRun('/nonexistent-folder/run.json', scenario, events)).toThrow(
      /folder \/nonexistent-folder does not exist/,
    );
  });
});

describe('loading a run file refuses bad input in one line', () => {
  const folder = temporaryFolder();
  const write = (name: string, content: unknown) => {
    const path = join(folder, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  const refusal = (path: string): string => refusalOf(() => loadRun(path));
  const good = fixtureRun();

  it('a missing file', () => {
    expect(refusal(join(folder, 'nope.json'))).toMatch(/cannot read the file \(no such file\)/);
  });
  it('broken JSON', () => {
    expect(refusal(write('broken.json', '{"format": "brewlanes-run", '))).toMatch(/not valid JSON/);
  });
  it('another format', () => {
    expect(refusal(write('scenario.json', {customers: []}))).toMatch(/not a brewlanes run file/);
    expect(refusal(fixtureRunPath.replace('runs/hybrid-three-customers', '../../package'))).toMatch(
      /not a brewlanes run file/,
    );
  });
  it('another version', () => {
    expect(refusal(write('v2.json', {...good, version: 2}))).toMatch(
      /version 2 is not supported; this brewlanes reads version 1/,
    );
  });
  it('missing fields', () => {
    const {events: _events, ...noEvents} = good;
    expect(refusal(write('no-events.json', noEvents))).toMatch(
      /"events" must be a non-empty array/,
    );
    const {machine: _machine, ...noMachine} = good;
    expect(refusal(write('no-machine.json', noMachine))).toMatch(/"machine"/);
  });
  it('an event without its fields, named by its index', () => {
    const events = structuredClone(good.events) as unknown as Array<Record<string, unknown>>;
    delete events[5]!.start;
    expect(refusal(write('bad-event.json', {...good, events}))).toMatch(
      /events\[5\]\.start must be a number/,
    );
    const unknown = structuredClone(good.events) as unknown as Array<Record<string, unknown>>;
    unknown[2]!.kind = 'teleport';
    expect(refusal(write('bad-kind.json', {...good, events: unknown}))).toMatch(
      /events\[2\]\.kind "teleport" is not one of/,
    );
    expect(refusal(write('no-start.json', {...good, events: good.events.slice(1)}))).toMatch(
      /events\[0\] must be the run-start event/,
    );
  });
});
