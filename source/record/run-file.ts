import {availableParallelism, cpus} from 'node:os';
import type {Scenario} from '../protocol/vocabulary.js';
import type {ShopEvent} from '../protocol/events.js';
import {UsageError} from '../usage-error.js';
import {readTextFile} from '../read-text-file.js';
import {checkEventsMakeSense, inertCustomers, inertEvents, inertMenu} from './run-file-events.js';
import {inertText} from '../protocol/inert-text.js';
import {parseJsonText} from '../protocol/json-text.js';
import {checkAgainstSchema, describeValue} from '../protocol/json-schema.js';
import type {SkinName} from '../protocol/skins.js';
import {writeFileAtomically} from './output-file.js';

export const runFileFormat = 'brewlanes-run';
export const runFileVersion = 1;

/** The machine a run was measured on. */
export type MachineInfo = {cores: number; cpuModel: string; node: string; platform: string};

/**
 * A saved run: what was run, where, and every measured event with its thread.
 * The events are the engine's own wire format, so a replay or an export feeds
 * them through the same reducer as the live run.
 */
export type RunFile = {
  format: typeof runFileFormat;
  version: typeof runFileVersion;
  savedAt: string;
  scenario: Scenario;
  machine: MachineInfo;
  events: ShopEvent[];
};

export function thisMachine(): MachineInfo {
  return {
    cores: availableParallelism(),
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

export function runFile(
  scenario: Scenario,
  events: readonly ShopEvent[],
  machine: MachineInfo = thisMachine(),
  savedAt = new Date(),
): RunFile {
  return {
    format: runFileFormat,
    version: runFileVersion,
    savedAt: savedAt.toISOString(),
    scenario,
    machine,
    events: [...events],
  };
}

/**
 * Saves a run (the dashboard calls this too). Written through a temporary file and
 * a rename; an existing file is refused with a UsageError unless `force`.
 */
export function saveRun(
  path: string,
  scenario: Scenario,
  events: readonly ShopEvent[],
  options: {force?: boolean; what?: string} = {},
): RunFile {
  const document = runFile(scenario, events);
  writeFileAtomically(
    path,
    `${JSON.stringify(document)}\n`,
    options.force ?? false,
    options.what ?? `--save ${path}`,
  );
  return document;
}

/**
 * The most of a saved run that is read. A run of 1,000,000 events takes about
 * 135 MB; a JavaScript string holds at most 512 MiB.
 */
export const runFileMaxBytes = 256 * 1024 * 1024;

const expected = 'a saved brewlanes run';

/** Reads and checks a saved run; anything wrong is one UsageError line naming it. */
export function loadRun(path: string, skin?: SkinName): RunFile {
  const text = readTextFile(path, path, expected, runFileMaxBytes);
  const run = parseRunFile(parseJsonText(text, path, expected), path);
  return skin === undefined ? run : retold(run, skin);
}

/** A saved run told in `skin`'s words (--skin on a replay or an export): the measurements as they were. */
export const retold = (run: RunFile, skin: SkinName): RunFile => ({
  ...run,
  scenario: {...run.scenario, skin},
  events: run.events.map((event) =>
    event.kind === 'run-start' ? {...event, info: {...event.info, skin}} : event,
  ),
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a parsed run against schema/run.schema.json, then for sense (the first
 * event starts the run, no interval ends before it starts), and makes every text
 * in it inert: names, the CPU model, failure reasons are data from a file.
 */
export function parseRunFile(data: unknown, where: string): RunFile {
  const fail = (what: string): never => {
    throw new UsageError(`${where}: ${what}`);
  };
  if (!isRecord(data) || data.format !== runFileFormat) {
    const found =
      isRecord(data) && data.format !== undefined ? ` (format ${describeValue(data.format)})` : '';
    return fail(
      `not a brewlanes run file${found}; expected "format": "${runFileFormat}", as written by --save`,
    );
  }
  if (data.version !== runFileVersion) {
    return fail(
      `run file version ${describeValue(data.version)} is not supported; this brewlanes reads version ${runFileVersion}`,
    );
  }
  checkAgainstSchema('run', data, where);
  const run = data as Omit<RunFile, 'machine'> & {
    machine: Omit<MachineInfo, 'platform'> & {platform?: string};
  };
  checkEventsMakeSense(run.events, fail);
  return {
    format: runFileFormat,
    version: runFileVersion,
    savedAt: inertText(run.savedAt),
    scenario: inertScenario(run.scenario),
    machine: {
      cores: run.machine.cores,
      cpuModel: inertText(run.machine.cpuModel),
      node: inertText(run.machine.node),
      platform: inertText(run.machine.platform ?? ''),
    },
    events: inertEvents(run.events),
  };
}

const inertScenario = (scenario: Scenario): Scenario => ({
  name: inertText(scenario.name),
  ...(scenario.skin === undefined ? {} : {skin: scenario.skin}),
  seed: scenario.seed ?? null,
  workload: scenario.workload,
  menu: inertMenu(scenario.menu),
  customers: inertCustomers(scenario.customers),
});
