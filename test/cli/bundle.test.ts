import {readFileSync} from 'node:fs';
import {isBuiltin} from 'node:module';
import {describe, expect, it} from 'vitest';
import {cliPath, runCli} from '../helpers/cli.js';

describe('the command line is one bundled file', () => {
  it('dist/cli.js loads no module of the project by path, and carries Ink', () => {
    const bundle = readFileSync(cliPath, 'utf8');
    const imported = [...bundle.matchAll(/^import .* from ["']([^"']+)["'];?$/gm)].map(
      (match) => match[1],
    );
    expect(imported.filter((from) => from!.startsWith('.'))).toEqual([]);
    expect(bundle).not.toMatch(/from ["']ink["']/);
  });

  it("imports only Node's own modules before it runs: piscina, resvg, cfonts and Ajv load on first use", () => {
    const bundle = readFileSync(cliPath, 'utf8');
    const imported = [...bundle.matchAll(/^import .* from ["']([^"']+)["'];?$/gm)].map(
      (match) => match[1]!,
    );
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.filter((from) => !isBuiltin(from))).toEqual([]);
  });

  it("carries React's production build only (the command line runs it), not the development one", () => {
    const bundle = readFileSync(cliPath, 'utf8');
    expect(bundle).toContain('react-reconciler.production.js');
    expect(bundle).not.toMatch(/(react|react-reconciler|scheduler)\.development\.js/);
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
