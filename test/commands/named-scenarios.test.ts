import {describe, expect, it} from 'vitest';
import {runCli} from '../helpers/cli.js';
import {scenarioNames} from '../../source/engine/named-scenarios.js';

type Summary = {
  scenario: string;
  skin: string;
  makespan_ms: number;
  customers: Array<{id: number; name: string}>;
  segments: Array<{
    customer: number;
    kind: string;
    thread: number;
    start_ms: number;
    end_ms: number;
  }>;
};

const json = async (args: string[]): Promise<Summary> => {
  const result = await runCli(['--json', '--workers', '2', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as Summary;
};

/** When each customer's last step ended, by name. */
const finishedAt = (summary: Summary): Map<string, number> =>
  new Map(
    summary.customers.map(({id, name}) => [
      name,
      Math.max(...summary.segments.filter((s) => s.customer === id).map((s) => s.end_ms)),
    ]),
  );

describe('--scenario NAME: the seeds own examples', () => {
  it('each name runs', async () => {
    for (const name of scenarioNames) {
      const summary = await json(['--scenario', name, '--speed', '8']);
      expect(summary.customers.length, name).toBeGreaterThan(0);
      expect(summary.makespan_ms, name).toBeGreaterThan(0);
    }
  });

  it('gather(2, 3, 1): the makespan is near the longest task, not the sum', async () => {
    // At time scale 2 the tasks wait 1, 1.5 and 0.5 s: longest 1.5 s, sum 3 s.
    const summary = await json(['--scenario', 'gather', '--speed', '2']);
    expect(summary.skin).toBe('tasks');
    expect(summary.makespan_ms).toBeGreaterThanOrEqual(1500);
    expect(summary.makespan_ms).toBeLessThan(2250);
  });

  it('gather in its own words: tasks started, then finished shortest first', async () => {
    const result = await runCli(['--plain', '--scenario', 'gather', '--speed', '4']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'Task 1 started',
      'Task 2 started',
      'Task 3 started',
      'Task 3 finished',
      'Task 1 finished',
      'Task 2 finished',
    ]);
    expect(result.stdout).toMatch(/^Total time: \d+\.\d\d sec$/m);
    expect(result.stdout).not.toMatch(/coffee|please place your order/);
  });

  it('two-tasks: B finishes before A', async () => {
    const finished = finishedAt(await json(['--scenario', 'two-tasks', '--speed', '4']));
    expect(finished.get('B')).toBeLessThan(finished.get('A')!);
    const plain = await runCli(['--plain', '--scenario', 'two-tasks', '--speed', '4']);
    expect(plain.stdout.split('\n').slice(0, 4)).toEqual([
      'Task A started',
      'Task B started',
      'Task B finished',
      'Task A finished',
    ]);
  });

  it('two-loops: one after the other in sequential mode, side by side on two threads in parallel', async () => {
    const loops = async (mode: string) => {
      const summary = await json(['--scenario', 'two-loops', '--speed', '8', '--mode', mode]);
      return summary.segments.filter((s) => s.kind === 'brew');
    };
    const [first, second] = await loops('sequential');
    expect(second!.start_ms).toBeGreaterThanOrEqual(first!.end_ms);
    const [a, b] = await loops('parallel');
    expect(a!.thread).not.toBe(b!.thread);
    expect(Math.max(a!.start_ms, b!.start_ms)).toBeLessThan(Math.min(a!.end_ms, b!.end_ms));
  });

  it('web-server: 5 requests handled on one event loop in about one request time', async () => {
    const result = await runCli(['--plain', '--scenario', 'web-server', '--speed', '2']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual([0, 1, 2, 3, 4].map((n) => `Handling request ${n}`));
    for (const n of [0, 1, 2, 3, 4]) expect(lines).toContain(`Finished request ${n}`);
    // 5 requests of 0.5 s each at time scale 2: about 0.5 s, far from the 2.5 s of their sum.
    const total = /^Total time: (\d+\.\d\d) sec$/m.exec(result.stdout);
    expect(Number(total![1])).toBeGreaterThanOrEqual(0.5);
    expect(Number(total![1])).toBeLessThan(1.5);
  });

  it('an unknown name: one line naming the accepted names, exit 2', async () => {
    const result = await runCli(['--plain', '--scenario', 'gathr']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    for (const name of scenarioNames) expect(lines[0]).toContain(name);
  });

  it('--help lists the names', async () => {
    const result = await runCli(['--help']);
    for (const name of scenarioNames) expect(result.stdout).toMatch(new RegExp(`^ +${name} `, 'm'));
  });
});
