import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {Ajv2020} from 'ajv/dist/2020.js';
import {describe, expect, it} from 'vitest';
import {stepKinds, workloads} from '../../source/protocol/vocabulary.js';
import {modes} from '../../source/protocol/vocabulary.js';
import {runFileFormat, runFileVersion} from '../../source/record/run-file.js';
import {checkAgainstSchema, fieldPath, readSchema} from '../../source/protocol/json-schema.js';
import {UsageError} from '../../source/usage-error.js';
import {fixtureRun, repoRoot} from '../helpers/fixture-run.js';

type Node = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- a schema read as data

const run = readSchema('run') as Node;
const scenario = readSchema('scenario') as Node;

describe('the published JSON Schemas', () => {
  it('are valid draft 2020-12 schemas', () => {
    const ajv = new Ajv2020({strict: false});
    for (const schema of [run, scenario])
      expect(ajv.validateSchema(schema), ajv.errorsText()).toBe(true);
  });

  it('name the same kinds, modes and workloads as the code', () => {
    expect(run.$defs.stepKind.enum).toEqual([...stepKinds]);
    expect(scenario.$defs.step.properties.kind.enum).toEqual([...stepKinds]);
    expect(run.$defs.info.properties.mode.enum).toEqual([...modes]);
    expect(run.$defs.workload.enum).toEqual([...workloads]);
    expect(run.properties.format.const).toBe(runFileFormat);
    expect(run.properties.version.const).toBe(runFileVersion);
    const kinds = run.$defs.event.oneOf.map((branch: Node) => branch.properties.kind.const);
    expect(kinds).toEqual([
      'run-start',
      'arrive',
      'step-start',
      'segment',
      'queue',
      'served',
      'failed',
      'loop',
      'run-end',
    ]);
  });

  it('accept the shipped examples and the fixture run', () => {
    for (const name of readdirSync(join(repoRoot, 'examples')).filter((n) => n.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(join(repoRoot, 'examples', name), 'utf8')) as unknown;
      expect(() => checkAgainstSchema('scenario', data, name)).not.toThrow();
    }
    expect(() => checkAgainstSchema('run', fixtureRun(), 'fixture')).not.toThrow();
  });

  it('refuse with one line naming the field in the schema words', () => {
    const line = (name: 'run' | 'scenario', data: unknown): string => {
      try {
        checkAgainstSchema(name, data, 'x.json');
      } catch (error) {
        expect(error).toBeInstanceOf(UsageError);
        return (error as Error).message;
      }
      return 'accepted';
    };
    expect(line('scenario', {customers: [{id: 1, name: '   ', drink: 'latte'}]})).toBe(
      'x.json: customers[0].name must be a non-empty string of at most 40 characters (found "   ")',
    );
    expect(line('scenario', {})).toBe(
      'x.json: "customers" must be a non-empty array of at most 10000 customers (it is missing)',
    );
    const events = structuredClone(fixtureRun().events) as unknown as Node[];
    events[4]!.kind = 'teleport';
    expect(line('run', {...fixtureRun(), events})).toBe(
      'x.json: events[4].kind "teleport" is not one of run-start, arrive, step-start, segment, queue, served, failed, loop, run-end',
    );
  });

  it('write a field as a reader would', () => {
    expect(fieldPath([], run)).toBe('the document');
    expect(fieldPath(['events'], run)).toBe('"events"');
    expect(fieldPath(['events', '12', 'end'], run)).toBe('events[12].end');
    expect(fieldPath(['events', '0', 'info', 'recipes', '3', '1', 'ms'], run)).toBe(
      'events[0].info.recipes["3"][1].ms',
    );
    expect(fieldPath(['menu', 'caffè latte', '0', 'kind'], scenario)).toBe(
      'menu["caffè latte"][0].kind',
    );
  });
});
