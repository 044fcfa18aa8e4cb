import {stepKinds} from '../engine/menu.js';
import {modes} from '../engine/modes.js';
import type {ShopEvent} from '../timeline/events.js';

type Check = 'number' | 'integer' | 'string' | 'boolean' | 'stepKind' | 'object';

/** The fields each event kind must carry, and what they hold. Optional fields end in `?`. */
const eventFields: Record<ShopEvent['kind'], Record<string, Check>> = {
  'run-start': {t: 'number', info: 'object'},
  arrive: {t: 'number', customer: 'integer'},
  'step-start': {t: 'number', customer: 'integer', step: 'integer', stepKind: 'stepKind'},
  segment: {
    customer: 'integer',
    step: 'integer',
    stepKind: 'stepKind',
    thread: 'integer',
    start: 'number',
    end: 'number',
    'slice?': 'integer',
    'plannedMs?': 'number',
    'cpuMs?': 'number',
  },
  queue: {customer: 'integer', step: 'integer', resource: 'string', start: 'number', end: 'number'},
  served: {t: 'number', customer: 'integer'},
  failed: {t: 'number', customer: 'integer', reason: 'string'},
  loop: {
    start: 'number',
    end: 'number',
    busy: 'number',
    lagMaxMs: 'number',
    lagMeanMs: 'number',
    queued: 'integer',
  },
  'run-end': {t: 'number', aborted: 'boolean'},
};

const infoFields: Record<string, Check> = {
  mode: 'string',
  workload: 'string',
  workers: 'integer',
  baristas: 'integer',
  speed: 'number',
  scenarioName: 'string',
  recipes: 'object',
  unitsPerMs: 'number',
  sliceMs: 'number',
};

const holds = (value: unknown, check: Check): boolean => {
  switch (check) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'stepKind':
      return (stepKinds as readonly unknown[]).includes(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
};

function checkFields(
  record: Record<string, unknown>,
  fields: Record<string, Check>,
  where: string,
  fail: (what: string) => never,
): void {
  for (const [key, check] of Object.entries(fields)) {
    const optional = key.endsWith('?');
    const name = optional ? key.slice(0, -1) : key;
    const value = record[name];
    if (optional && value === undefined) continue;
    if (!holds(value, check)) {
      fail(
        `${where}.${name} must be ${check === 'stepKind' ? `one of ${stepKinds.join(', ')}` : `a ${check}`}`,
      );
    }
  }
}

/** Checks a saved run's events: a run-start first, every event of a known kind with its fields. */
export function parseEvents(value: unknown, fail: (what: string) => never): ShopEvent[] {
  if (!Array.isArray(value) || value.length === 0) fail('"events" must be a non-empty array');
  const events = value as unknown[];
  events.forEach((event, index) => {
    const where = `events[${index}]`;
    if (typeof event !== 'object' || event === null || Array.isArray(event)) {
      fail(`${where} must be an object with a "kind"`);
    }
    const record = event as Record<string, unknown>;
    const fields = eventFields[record.kind as ShopEvent['kind']];
    if (typeof record.kind !== 'string' || !Object.hasOwn(eventFields, record.kind) || !fields) {
      fail(
        `${where}.kind ${JSON.stringify(record.kind)} is not one of ${Object.keys(eventFields).join(', ')}`,
      );
    }
    checkFields(record, fields!, where, fail);
    if (index === 0 && record.kind !== 'run-start') fail('events[0] must be the run-start event');
    if (record.kind === 'run-start') {
      const info = record.info as Record<string, unknown>;
      checkFields(info, infoFields, `${where}.info`, fail);
      if (!(modes as readonly unknown[]).includes(info.mode)) {
        fail(`${where}.info.mode must be one of ${modes.join(', ')}`);
      }
      if (!Array.isArray(info.customers)) fail(`${where}.info.customers must be an array`);
      (info.customers as unknown[]).forEach((customer, i) => {
        const at = `${where}.info.customers[${i}]`;
        if (typeof customer !== 'object' || customer === null) fail(`${at} must be an object`);
        checkFields(
          customer as Record<string, unknown>,
          {id: 'integer', name: 'string', drink: 'string', arrivalMs: 'number'},
          at,
          fail,
        );
      });
    }
  });
  return events as ShopEvent[];
}
