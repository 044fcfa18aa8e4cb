import {describe, expect, it} from 'vitest';
import {runCli} from '../helpers/cli.js';

describe('the plain run', () => {
  it('reproduces the seed coffee shop: its lines in order and about 2.5 s', async () => {
    const result = await runCli(['--plain', '--scenario', 'examples/seed-coffee-shop.json']);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    const expected = [
      'Welcome to the coffee shop',
      ...[1, 2, 3, 4, 5].map((n) => `Hi ${n}, please place your order`),
      ...[1, 2, 3, 4, 5].flatMap((n) => [
        `Hi ${n}, your coffee is prepared and heading to the counter`,
        `Hi ${n}, your coffee is placed at the counter, please collect`,
      ]),
    ];
    expect(lines.slice(0, expected.length)).toEqual(expected);
    const time = /^Processing time: (\d+\.\d{3}) seconds$/m.exec(result.stdout);
    expect(time).not.toBeNull();
    expect(Number(time![1])).toBeGreaterThan(2.3);
    expect(Number(time![1])).toBeLessThan(3.0);
    // Then the timeline in the docs' notation: a lane per customer, on one axis.
    for (const n of [1, 2, 3, 4, 5])
      expect(result.stdout).toMatch(new RegExp(`^[A-E] ${n} +.*\\|-+machine-+\\|`, 'm'));
    expect(result.stdout).toMatch(/^shop loop busy /m);
    expect(result.stdout).toMatch(/^makespan +\d\.\d{3} s/m);
  });

  it('--json prints one document with the run, its segments and figures', async () => {
    const result = await runCli([
      '--json',
      '--workload',
      'cpu',
      '--mode',
      'concurrent',
      '--customers',
      '3',
      '--speed',
      '4',
      '--seed',
      '9',
    ]);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as {
      mode: string;
      workload: string;
      workers: number;
      seed: number;
      makespan_ms: number;
      customers: Array<{id: number; name: string; drink: string}>;
      segments: Array<{
        customer: number;
        step: number;
        kind: string;
        thread: number;
        start_ms: number;
        end_ms: number;
        slice?: number;
      }>;
      figures: {loop_lag_max_ms: number; busy_ms_by_thread: Record<string, number>};
    };
    expect(summary).toMatchObject({mode: 'concurrent', workload: 'cpu', seed: 9});
    expect(summary.customers).toHaveLength(3);
    expect(summary.makespan_ms).toBeGreaterThan(0);
    const slices = summary.segments.filter((s) => s.kind === 'brew');
    expect(slices.length).toBeGreaterThan(3);
    expect(
      slices.every((s) => typeof s.slice === 'number' && s.thread > 0 && s.end_ms >= s.start_ms),
    ).toBe(true);
    expect(typeof summary.figures.loop_lag_max_ms).toBe('number');
    expect(Object.keys(summary.figures.busy_ms_by_thread)).toContain(String(slices[0]!.thread));
  });

  it('the same seed gives the same customers through the command line', async () => {
    const args = ['--json', '--workload', 'io', '--speed', '10', '--customers', '4'];
    const [a, b, c] = await Promise.all([
      runCli([...args, '--seed', '5']),
      runCli([...args, '--seed', '5']),
      runCli([...args, '--seed', '6']),
    ]);
    const customers = (r: {stdout: string}) =>
      (JSON.parse(r.stdout) as {customers: unknown}).customers;
    expect(customers(a)).toEqual(customers(b));
    expect(customers(a)).not.toEqual(customers(c));
  });
});

describe('many customers', () => {
  it('serves 2000 at once without a warning on stderr', async () => {
    const result = await runCli([
      '--json',
      '--workload',
      'io',
      '--speed',
      '20',
      '--customers',
      '2000',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(
      (JSON.parse(result.stdout) as {figures: {orders_done: number}}).figures.orders_done,
    ).toBe(2000);
  });
});
