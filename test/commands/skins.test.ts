import {mkdtempSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {skinNames} from '../../source/protocol/skins.js';

const shortRun = ['--customers', '3', '--workload', 'cpu', '--workers', '2', '--speed', '8'];

describe('--skin: the same run in other words', () => {
  it('--plain --skin kitchen: chefs and dishes, never a barista', async () => {
    const result = await runCli(['--plain', '--skin', 'kitchen', ...shortRun]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('The kitchen is open');
    expect(result.stdout).toMatch(/^chef 1 /m);
    expect(result.stdout).toMatch(/^Machine: 2 chefs on /m);
    expect(result.stdout).toMatch(/^dishes done +3\/3/m);
    expect(result.stdout).toMatch(/\|-*cook-*\|/);
    expect(result.stdout).not.toMatch(/barista/i);
    expect(result.stdout).not.toMatch(/coffee/i);
  });

  it('--plain --skin grading: teaching assistants grade papers', async () => {
    const result = await runCli(['--plain', '--skin', 'grading', ...shortRun]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^TA 1 /m);
    expect(result.stdout).toMatch(/^teacher busy /m);
    expect(result.stdout).toMatch(/^papers done +3\/3/m);
    expect(result.stdout).not.toMatch(/barista/i);
  });

  it('a saved run keeps its skin: the export tells it in the same words', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brewlanes-skin-'));
    const file = join(dir, 'run.json');
    const saved = await runCli(['--plain', '--skin', 'server', ...shortRun, '--save', file]);
    expect(saved.code).toBe(0);
    const text = await runCli(['export', file, '--format', 'txt']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^worker 1 /m);
    expect(text.stdout).not.toMatch(/barista/i);
    // --skin on the export retells it; the measurements stay those of the run.
    const retold = await runCli(['export', file, '--format', 'txt', '--skin', 'grading']);
    expect(retold.code).toBe(0);
    expect(retold.stdout).toMatch(/^TA 1 /m);
    const makespan = (out: string) => /makespan (\d+\.\d+) s/.exec(out)?.[1];
    expect(makespan(retold.stdout)).toBe(makespan(text.stdout));
  });

  it('a bad --skin: one line naming the skins, exit 2', async () => {
    const result = await runCli(['--plain', '--skin', 'bakery']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('--skin "bakery"');
    for (const skin of skinNames) expect(lines[0]).toContain(skin);
  });
});
