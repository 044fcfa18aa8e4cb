import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {renderExport} from '../../source/commands/export.js';
import {figuresOfRun} from '../../source/commands/run-report.js';
import {Replay} from '../../source/record/replay.js';
import {timelineFromEvents} from '../../source/timeline/reduce.js';
import {bigRun} from '../helpers/big-run.js';
import {runCli} from '../helpers/cli.js';
import {temporaryFolder} from '../helpers/fixture-run.js';

/**
 * A run of a million events (what `--mode concurrent --slice 0.1 --workers 1`
 * makes of a few dozen customers) replays and exports: no code path spreads the
 * events into a call's arguments (that overflows the stack above ~125,000) or
 * recurses over them. Made in memory; nothing huge is committed.
 */
describe('a saved run of a million events', () => {
  it('replays (replay --plain) and exports as txt through the real binary', async () => {
    const path = join(temporaryFolder(), 'million.json');
    writeFileSync(path, JSON.stringify(bigRun(1_000_000)));
    const replay = await runCli(['replay', '--plain', '--speed', '100', path], {
      timeoutMs: 120_000,
    });
    expect(replay.stderr).toBe('');
    expect(replay.code).toBe(0);
    expect(replay.stdout).toMatch(/orders done +36\/36/);
    const exported = await runCli(['export', path, '--format', 'txt'], {timeoutMs: 120_000});
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain('barista 1');
  }, 240_000);

  it('a Replay of it ends where its last event does', () => {
    const run = bigRun(1_000_000);
    const last = run.events.at(-1)!;
    const replay = new Replay(run.events, {now: () => 0});
    expect(replay.events).toHaveLength(1_000_000);
    expect(replay.duration).toBe(last.kind === 'run-end' ? last.t : NaN);
  }, 60_000);

  it('exports as svg and trace past the size where a spread overflows', () => {
    // 150,000 events: past ~125,000, where `f(...events)` throws; svg and trace
    // write every segment, so a million would take most of a minute here.
    const run = bigRun(150_000);
    const timeline = timelineFromEvents(run.events);
    const figures = figuresOfRun(timeline);
    const svg = renderExport(timeline, figures, {format: 'svg', theme: 'dark', width: null});
    expect(String(svg)).toMatch(/<\/svg>\s*$/);
    const trace = JSON.parse(
      String(renderExport(timeline, figures, {format: 'trace', theme: 'dark', width: null})),
    ) as {traceEvents: unknown[]};
    expect(trace.traceEvents.length).toBeGreaterThan(140_000);
  }, 120_000);
});
