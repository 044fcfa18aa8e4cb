import {spawn, spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {calibrate} from '../../source/engine/calibrate.js';
import {measureProcesses} from '../../source/lessons/processes/measure.js';
import {laneBar, processesLines, processesSummary} from '../../source/lessons/processes/report.js';
import {runProcessesLesson} from '../../source/lessons/processes/run.js';

// The baristas' files (child.js, thread.js, pooled.js) are loaded from dist/: `npm run build` first.

/** Whether a process with this pid exists (a zombie counts: it was not waited for). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

describe('the processes lesson, on real processes and threads', () => {
  it('processes have their own pids and jars; threads share the parent pid and one jar', async () => {
    const coffees = 3;
    const tipsPerCoffee = 300;
    const outcome = await runProcessesLesson({
      coffees,
      unitsPerMs: calibrate(20).unitsPerMs,
      // Long enough for the parent to read the threads' jar between empty and full.
      brewMs: 150,
      tipsPerCoffee,
      signal: new AbortController().signal,
    });
    const summary = processesSummary(outcome);
    const expected = coffees * tipsPerCoffee;

    // One process per coffee: distinct pids, none of them the parent's.
    const pids = summary.processes.lanes.map((lane) => lane.pid);
    expect(new Set(pids).size).toBe(coffees);
    expect(pids).not.toContain(process.pid);
    expect(summary.parent_pid).toBe(process.pid);
    // Each child read its own memory: its RSS, and of it the pages only it maps (Linux).
    for (const lane of summary.processes.lanes) {
      expect(lane.rss_bytes).toBeGreaterThan(1 << 20);
      if (process.platform === 'linux') expect(lane.private_bytes).toBeGreaterThan(0);
      if (lane.private_bytes !== undefined)
        expect(lane.private_bytes).toBeLessThan(lane.rss_bytes!);
    }

    // Threads: in this process, each on its own thread.
    for (const way of [summary.threads, summary.pooled]) {
      expect(way.lanes).toHaveLength(coffees);
      expect(way.lanes.every((lane) => lane.pid === process.pid)).toBe(true);
      expect(new Set(way.lanes.map((lane) => lane.thread_id)).size).toBe(coffees);
    }

    // Each lane: its start-up ends before its brew begins, and the brew ends after.
    for (const lane of [
      ...summary.processes.lanes,
      ...summary.threads.lanes,
      ...summary.pooled.lanes,
    ]) {
      expect(lane.spawn_ms).toBeLessThanOrEqual(lane.ready_ms);
      expect(lane.ready_ms).toBeLessThanOrEqual(lane.brew_start_ms);
      expect(lane.brew_start_ms).toBeLessThan(lane.end_ms);
    }

    // The processes' jars stay separate: each child counted its own, the parent read 0
    // all through the brewing and before collecting, then the sum once they sent theirs.
    const {processes} = summary.jars;
    expect(processes.children.map((child) => child.pid)).toEqual(pids);
    expect(processes.children.every((child) => child.tips === tipsPerCoffee)).toBe(true);
    expect(processes.parent_reads.length).toBeGreaterThan(1);
    expect(processes.parent_reads.every((read) => read.tips === 0)).toBe(true);
    expect(processes.parent_before_collecting).toBe(0);
    expect(processes.collected).toBe(expected);

    // The threads' jar is one: the parent saw it fill while they brewed, without collecting.
    for (const jar of [summary.jars.threads, summary.jars.pooled]) {
      expect(jar.atomic).toBe(expected);
      const tips = jar.parent_reads.map((read) => read.tips);
      expect(tips.at(-1)).toBe(expected);
      expect(tips.some((count) => count > 0 && count < expected)).toBe(true);
      expect(tips.every((count, i) => i === 0 || count >= tips[i - 1]!)).toBe(true);
      expect(jar.plain).toBeLessThanOrEqual(expected);
    }

    // The report draws each lane from its intervals: the process start-up before its brew.
    const lines = processesLines(summary);
    for (const pid of pids) {
      const line = lines.find((candidate) => candidate.startsWith(`  pid ${pid} `))!;
      expect(line).toMatch(/░+█+/);
      expect(line.indexOf('░')).toBeLessThan(line.indexOf('█'));
    }
  }, 60_000);

  it('an abort mid-brew kills every child process and waits for each', async () => {
    const controller = new AbortController();
    const pids: number[] = [];
    const coffees = 3;
    const run = runProcessesLesson({
      coffees,
      unitsPerMs: calibrate(20).unitsPerMs,
      // Far longer than the test: only the abort ends it.
      brewMs: 60_000,
      tipsPerCoffee: 100,
      signal: controller.signal,
      onSpawn: (pid) => {
        pids.push(pid);
        if (pids.length === coffees) setTimeout(() => controller.abort(), 300);
      },
    });
    await expect(run).rejects.toThrow();
    expect(pids).toHaveLength(coffees);
    for (const pid of pids) expect(alive(pid)).toBe(false);
  }, 30_000);

  it('the measured lesson answers null when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const settings = {workers: 2, speed: 1, seed: 1};
    await expect(measureProcesses(settings, controller.signal, () => undefined)).resolves.toBe(
      null,
    );
  });
});

/**
 * Whether a process with this pid still runs: one that ended and waits to be
 * reaped by an init that may not reap (a container's) does not (Linux: its state).
 */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return alive(pid);
  }
}

const runFromDist = new URL('../../dist/lessons/processes/run.js', import.meta.url).href;
const calibrateFromDist = new URL('../../dist/engine/calibrate.js', import.meta.url).href;

describe('a parent that is killed', () => {
  it('leaves no barista process behind: each stops between tips once its parent is gone', async () => {
    // A parent that forks three baristas with a brew far longer than the test, prints
    // their pids, and is then killed outright (SIGKILL: no handler of its own runs).
    const script = `
      const {runProcessesLesson} = await import(${JSON.stringify(runFromDist)});
      const {calibrate} = await import(${JSON.stringify(calibrateFromDist)});
      await runProcessesLesson({
        coffees: 3, unitsPerMs: calibrate(20).unitsPerMs, brewMs: 60_000, tipsPerCoffee: 1000,
        signal: new AbortController().signal, onSpawn: (pid) => console.log(pid),
      });`;
    const parent = spawn(process.execPath, ['--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const pids: number[] = [];
    await new Promise<void>((resolve, reject) => {
      parent.stdout.setEncoding('utf8');
      parent.stdout.on('data', (text: string) => {
        pids.push(...text.split('\n').filter(Boolean).map(Number));
        if (pids.length >= 3) resolve();
      });
      parent.once('exit', () => reject(new Error('the parent ended before it forked three')));
    });
    // The children are brewing (their brew is a minute long).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pids.every(running)).toBe(true);
    parent.kill('SIGKILL');
    const until = Date.now() + 10_000;
    while (pids.some(running) && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(pids.filter(running)).toEqual([]);
  }, 30_000);
});

describe('brewlanes lesson processes --json', () => {
  it('carries every measured interval, each child memory and the jars', () => {
    const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
    const args = [cli, 'lesson', 'processes', '--json', '--workers', '3', '--speed', '4'];
    const run = spawnSync(process.execPath, args, {encoding: 'utf8'});
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as ReturnType<typeof processesSummary>;
    expect(json.coffees).toBe(3);
    const interval = {
      pid: expect.any(Number),
      thread_id: expect.any(Number),
      spawn_ms: expect.any(Number),
      ready_ms: expect.any(Number),
      brew_start_ms: expect.any(Number),
      end_ms: expect.any(Number),
    };
    for (const lane of json.processes.lanes) {
      expect(lane).toMatchObject({...interval, rss_bytes: expect.any(Number)});
    }
    for (const way of [json.threads, json.pooled]) {
      for (const lane of way.lanes) expect(lane).toMatchObject(interval);
      expect(way.rss_bytes_per_thread).toEqual(expect.any(Number));
    }
    expect(json.jars.processes).toMatchObject({parent_before_collecting: 0, collected: 3000});
    expect(json.jars.threads.atomic).toBe(3000);
    expect(json.jars.pooled.atomic).toBe(3000);
  }, 60_000);
});

describe('a lane as a text bar', () => {
  it('draws the start-up as ░ and the brew as █ over the columns they cover', () => {
    const lane = {
      pid: 1,
      thread_id: 0,
      spawn_ms: 1000,
      ready_ms: 1040,
      brew_start_ms: 1040,
      end_ms: 1100,
      startup_ms: 40,
      brew_ms: 60,
    };
    // 10 ms a column from 1000: 4 columns of start-up, 6 of brew, then nothing.
    expect(laneBar(lane, 1000, 10).trimEnd()).toBe('░░░░██████');
    // From 980: two empty columns first.
    expect(laneBar(lane, 980, 10).trimEnd()).toBe('  ░░░░██████');
  });
});
