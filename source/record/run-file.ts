import {availableParallelism, cpus} from 'node:os';
import type {Scenario} from '../engine/scenario.js';
import type {ShopEvent} from '../timeline/events.js';
import {UsageError} from '../usage-error.js';
import {readTextFile} from '../read-text-file.js';
import {parseEvents} from './run-file-events.js';
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

/** Reads and checks a saved run; anything wrong is one UsageError line naming it. */
export function loadRun(path: string): RunFile {
  const text = readTextFile(path, path, 'a saved brewlanes run');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${path}: not valid JSON (${(error as Error).message}); expected a run saved with --save`,
    );
  }
  return parseRunFile(data, path);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseRunFile(data: unknown, where: string): RunFile {
  const fail = (what: string): never => {
    throw new UsageError(`${where}: ${what}`);
  };
  if (!isRecord(data) || data.format !== runFileFormat) {
    const found =
      isRecord(data) && data.format !== undefined ? ` (format ${JSON.stringify(data.format)})` : '';
    return fail(
      `not a brewlanes run file${found}; expected "format": "${runFileFormat}", as written by --save`,
    );
  }
  if (data.version !== runFileVersion) {
    return fail(
      `run file version ${JSON.stringify(data.version)} is not supported; this brewlanes reads version ${runFileVersion}`,
    );
  }
  const scenario = data.scenario;
  if (!isRecord(scenario) || !Array.isArray(scenario.customers) || !isRecord(scenario.menu)) {
    fail('"scenario" must be an object with "customers" and "menu"');
  }
  const machine = data.machine;
  if (
    !isRecord(machine) ||
    typeof machine.cores !== 'number' ||
    typeof machine.cpuModel !== 'string' ||
    typeof machine.node !== 'string'
  ) {
    fail('"machine" must be an object with "cores", "cpuModel" and "node"');
  }
  if (typeof data.savedAt !== 'string') fail('"savedAt" must be a date string');
  const events = parseEvents(data.events, fail);
  return {
    format: runFileFormat,
    version: runFileVersion,
    savedAt: data.savedAt as string,
    scenario: scenario as unknown as Scenario,
    machine: {platform: '', ...(machine as Omit<MachineInfo, 'platform'>)},
    events,
  };
}
