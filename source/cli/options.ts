import {modes, themeNames, workloads} from '../protocol/vocabulary.js';
import type {RunSettings} from '../protocol/run-settings.js';
import {UsageError} from '../usage-error.js';
import {defaultMaxWorkers} from '../lessons/sweep/settings.js';
import {skinNames, type SkinName} from '../protocol/skins.js';
import {scenarioNames, scenarioPath} from '../engine/named-scenarios.js';

export type {RunSettings} from '../protocol/run-settings.js';

/** The flags as meow hands them over: every value a string, so that we judge it ourselves. */
export type RawFlags = Partial<Record<string, string | boolean | undefined>>;

export const defaultSeed = 7;

const given = (flags: RawFlags, name: string): string | undefined => {
  const value = flags[name];
  if (value === undefined || typeof value === 'boolean') return undefined;
  return value;
};

function oneOf<T extends string>(
  flags: RawFlags,
  name: string,
  accepted: readonly T[],
  fallback: T,
): T {
  const value = given(flags, name);
  if (value === undefined) return fallback;
  if (!(accepted as readonly string[]).includes(value)) {
    throw new UsageError(
      `--${name} ${JSON.stringify(value)} is not accepted; use one of ${accepted.join(', ')}`,
    );
  }
  return value as T;
}

function integer(
  flags: RawFlags,
  name: string,
  min: number,
  max: number,
  fallback: number,
): number {
  const value = given(flags, name);
  if (value === undefined) return fallback;
  if (!/^[+-]?\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max) {
    throw new UsageError(
      `--${name} ${JSON.stringify(value)} is not accepted; use a whole number from ${min} to ${max}`,
    );
  }
  return Number(value);
}

/**
 * The time scale (--speed): 0.01 (a hundred times slower) to 100. Every duration
 * is divided by it; with scenario steps and arrivals of at most an hour
 * (engine/scenario-file.ts) the longest timer is 100 hours, well within what
 * setTimeout can wait (2^31 - 1 ms, about 24.8 days).
 */
export const speedRange = {slowest: 0.01, fastest: 100} as const;

/** The longest a timer can wait; a longer delay fires at once, with a TimeoutOverflowWarning. */
export const longestTimerMs = 2 ** 31 - 1;

/** Validates the run flags; throws a UsageError naming the flag and what it accepts. */
export function runSettings(flags: RawFlags, defaultWorkers: number): RunSettings {
  const scenario = given(flags, 'scenario');
  if (scenario !== undefined && scenario.trim() === '') {
    throw new UsageError(
      `--scenario needs a name (${scenarioNames.join(', ')}) or a JSON scenario file (see examples/)`,
    );
  }
  // An unknown name is refused now, in one line, before any thread starts.
  if (scenario !== undefined) scenarioPath(scenario);
  return {
    mode: oneOf(flags, 'mode', modes, 'hybrid'),
    workers: integer(flags, 'workers', 1, 256, Math.min(256, defaultWorkers)),
    customers: integer(flags, 'customers', 1, 10_000, 5),
    workload: oneOf(flags, 'workload', workloads, 'mixed'),
    seed: integer(flags, 'seed', -2_147_483_648, 4_294_967_295, defaultSeed),
    speed: boundedNumber(flags, 'speed', speedRange.slowest, speedRange.fastest, 1),
    scenario: scenario ?? null,
    plain: flags.plain === true,
    json: flags.json === true,
    ...pitfallSettings(flags),
    save: outputFile(flags, 'save'),
    record: outputFile(flags, 'record'),
    force: flags.force === true,
    theme: oneOf(flags, 'theme', themeNames, 'dark'),
    ...skinSetting(flags),
  };
}

/** --skin, present only when given: the words a run, a replay or an export is told in. */
export const skinSetting = (flags: RawFlags): {skin?: SkinName} =>
  given(flags, 'skin') === undefined ? {} : {skin: oneOf(flags, 'skin', skinNames, 'coffee')};

/** --machines and --slice, present only when given. */
function pitfallSettings(flags: RawFlags): Pick<RunSettings, 'machines' | 'sliceMs'> {
  const machines = given(flags, 'machines');
  const slice = given(flags, 'slice');
  return {
    ...(machines === undefined ? {} : {machines: integer(flags, 'machines', 1, 64, 1)}),
    ...(slice === undefined ? {} : {sliceMs: boundedNumber(flags, 'slice', 0.1, 5000)}),
  };
}

function boundedNumber(
  flags: RawFlags,
  name: string,
  min: number,
  max: number,
  fallback?: number,
): number {
  const text = given(flags, name);
  if (text === undefined && fallback !== undefined) return fallback;
  const value = text ?? '';
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < min || number > max) {
    throw new UsageError(
      `--${name} ${JSON.stringify(value)} is not accepted; use a number from ${min} to ${max}`,
    );
  }
  return number;
}

/** --max-workers for the sweep: the largest worker count tried (default 4 × the cores). */
export function maxWorkersSetting(flags: RawFlags, cores: number): number {
  // meow hands --max-workers over as maxWorkers.
  return integer({'max-workers': flags.maxWorkers}, 'max-workers', 1, 64, defaultMaxWorkers(cores));
}

function outputFile(flags: RawFlags, name: string): string | null {
  const value = flags[name];
  if (value === undefined) return null;
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UsageError(
      `--${name} needs a file name (for example --${name} run.${name === 'save' ? 'json' : 'cast'})`,
    );
  }
  return value;
}
