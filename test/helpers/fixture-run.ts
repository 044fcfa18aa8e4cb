import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {RunFile} from '../../source/record/run-file.js';
import {cliPath} from './cli.js';
import {figuresOfRun} from '../../source/commands/run-report.js';
import {timelineFromEvents} from '../../source/timeline/reduce.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** A hand-made run: three customers, two barista threads, loop samples; a name with XML's markup characters. */
export const fixtureRunPath = join(repoRoot, 'test/fixtures/runs/hybrid-three-customers.json');

export const fixtureRun = (): RunFile =>
  JSON.parse(readFileSync(fixtureRunPath, 'utf8')) as RunFile;

export function fixtureTimeline() {
  const timeline = timelineFromEvents(fixtureRun().events);
  return {timeline, figures: figuresOfRun(timeline)};
}

export const temporaryFolder = (): string => mkdtempSync(join(tmpdir(), 'brewlanes-test-'));

/** The built command line (npm test builds first; a lone test file builds it if missing). */
export function builtCli(): string {
  if (!existsSync(cliPath)) execFileSync('npx', ['tsc'], {cwd: repoRoot, stdio: 'ignore'});
  return cliPath;
}

/** A writable that keeps what is written, as text. */
export function collector(): NodeJS.WritableStream & {text: () => string; isTTY?: boolean} {
  const chunks: string[] = [];
  const stream = {
    write(chunk: string | Uint8Array) {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    },
    text: () => chunks.join(''),
  };
  return stream as unknown as NodeJS.WritableStream & {text: () => string};
}
