import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {isBuiltin} from 'node:module';
import {describe, expect, it} from 'vitest';
import {cliPath, runCli} from '../helpers/cli.js';

/** dist/cli.cjs: the bundle, which dist/cli.js (cliPath) runs with V8's code cache. */
const bundlePath = cliPath.replace(/\.js$/, '.cjs');

/** What a file loads before it runs: an ES module's imports, a CommonJS file's requires. */
const loads = (code: string): string[] =>
  [
    ...code.matchAll(/^import .* from ["']([^"']+)["'];?$/gm),
    ...code.matchAll(/\brequire\(["']([^"']+)["']\)/g),
  ].map((match) => match[1]!);

describe('the command line is one bundled file', () => {
  it('dist/cli.cjs loads no module of the project by path, and carries Ink', () => {
    const bundle = readFileSync(bundlePath, 'utf8');
    expect(loads(bundle).filter((from) => from.startsWith('.'))).toEqual([]);
    expect(loads(bundle)).not.toContain('ink');
    expect(bundle).toContain('node_modules/ink/build/ink.js');
  });

  it("loads only Node's own modules before it runs: piscina, resvg, cfonts and Ajv load on first use", () => {
    const bundle = loads(readFileSync(bundlePath, 'utf8'));
    const starter = loads(readFileSync(cliPath, 'utf8'));
    expect(bundle.length).toBeGreaterThan(0);
    expect(starter.length).toBeGreaterThan(0);
    expect([...bundle, ...starter].filter((from) => !isBuiltin(from))).toEqual([]);
  });

  it('runs in strict mode, as the ES modules bundled in it did', () => {
    const [shebang, first] = readFileSync(bundlePath, 'utf8').split('\n');
    expect(shebang).toMatch(/^#!/);
    // The directive counts only as the first statement (code-cache.ts keeps line 1 a comment).
    expect(first).toMatch(/^['"]use strict['"];/);
  });

  it("carries React's production build only (the command line runs it), not the development one", () => {
    const bundle = readFileSync(bundlePath, 'utf8');
    expect(bundle).toContain('react-reconciler.production.js');
    expect(bundle).not.toMatch(/(react|react-reconciler|scheduler)\.development\.js/);
  });

  it('keeps V8’s code cache in a folder of its own under TMPDIR, and starts the same from it', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'brewlanes-tmp-'));
    try {
      const help = () =>
        execFileSync(process.execPath, [cliPath, '--help'], {
          encoding: 'utf8',
          env: {...process.env, TMPDIR: tmp, NO_COLOR: '1'},
        });
      const first = help();
      const folder = join(tmp, `brewlanes-code-cache-${process.getuid!()}`);
      expect(readdirSync(folder).filter((name) => name.endsWith('.v8'))).toHaveLength(1);
      expect(help()).toBe(first);
      expect(first).toContain('brewlanes');
    } finally {
      rmSync(tmp, {recursive: true, force: true});
    }
  });

  it('finds the worker files and the schemas beside it: a run with brews, then a saved run read back', async () => {
    const run = await runCli(['--workload', 'cpu', '--customers', '2', '--speed', '8', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as {segments: Array<{kind: string; thread: number}>};
    // Brews measured on barista threads (dist/workers/brew.js), not on the main thread (0).
    const brewThreads = summary.segments.filter((s) => s.kind === 'brew').map((s) => s.thread);
    expect(brewThreads.length).toBeGreaterThan(0);
    expect(brewThreads.every((thread) => thread > 0)).toBe(true);
    const exported = await runCli([
      'export',
      'test/fixtures/runs/hybrid-three-customers.json',
      '--format',
      'txt',
    ]);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('barista');
  });

  it("finds the lessons' own workers: the race and the deadlock run from the bundle", async () => {
    const race = await runCli(['lesson', 'race', '--json']);
    expect(race.stderr).toBe('');
    expect(race.code).toBe(0);
    expect(JSON.parse(race.stdout)).toMatchObject({atomic: expect.any(Number)});
    const deadlock = await runCli(['lesson', 'deadlock', '--json']);
    expect(deadlock.stderr).toBe('');
    expect(deadlock.code).toBe(0);
  });
});
