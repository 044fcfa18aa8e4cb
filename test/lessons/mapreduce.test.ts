import {describe, expect, it} from 'vitest';
import {lessonSettings as settings} from '../helpers/lesson-settings.js';
import {lessonRun} from '../../source/commands/lesson.js';
import {calibrate} from '../../source/engine/calibrate.js';
import {runMapReduce, splitEvenly} from '../../source/lessons/mapreduce/mapreduce.js';
import {measureMapReduce} from '../../source/lessons/mapreduce/measure.js';
import type {MapReduceSummary} from '../../source/lessons/mapreduce/report.js';
import {amdahl} from '../../source/timeline/amdahl.js';
import {captureStream} from '../helpers/capture.js';

describe('the MapReduce split', () => {
  it('cuts the cups into contiguous batches, one per barista, as even as can be', () => {
    expect(splitEvenly(10, 3)).toEqual([
      [1, 2, 3, 4],
      [5, 6, 7],
      [8, 9, 10],
    ]);
    expect(splitEvenly(2, 3)).toEqual([[1], [2], []]);
  });
});

describe('MapReduce on real threads', () => {
  it('splits before the first map, maps on N threads at once, reduces after every map', async () => {
    const {unitsPerMs} = calibrate(40);
    const outcome = await runMapReduce({
      baristas: 3,
      cups: 9,
      unitsPerCup: Math.round(30 * unitsPerMs),
      splitUnitsPerCup: Math.round(unitsPerMs),
      reduceUnitsPerCup: Math.round(unitsPerMs),
      seed: 7,
      rounds: 1,
    });
    expect(outcome.rounds).toHaveLength(1);
    const job = outcome.rounds[0]!.manyBaristas;
    // N distinct barista threads, none of them the loop that split and reduces.
    const threads = job.map.map((lane) => lane.thread);
    expect(new Set(threads).size).toBe(3);
    expect(threads).not.toContain(job.loopThread);
    // The map segments overlap: there is an instant when all three baristas are brewing.
    const starts = job.map.map((lane) => lane.cups[0]!.start);
    const ends = job.map.map((lane) => lane.cups.at(-1)!.end);
    expect(Math.max(...starts)).toBeLessThan(Math.min(...ends));
    const cups = job.map.flatMap((lane) => lane.cups);
    expect(cups.map((cup) => cup.cup).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // The split ends before the first cup; the reduce starts after the last.
    expect(job.split.end).toBeLessThanOrEqual(Math.min(...cups.map((cup) => cup.start)));
    expect(job.reduce.start).toBeGreaterThanOrEqual(Math.max(...cups.map((cup) => cup.end)));
    expect(job.reduce.end).toBe(job.makespanMs);
    // The same cups on one barista: one thread, every cup, the same result.
    const one = outcome.rounds[0]!.oneBarista;
    expect(one.map).toHaveLength(1);
    expect(one.map[0]!.cups.map((cup) => cup.cup)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(one.tally).toBe(job.tally);
  });

  it('brewlanes lesson mapreduce --json: every interval, and figures computed from them', async () => {
    const out = captureStream();
    const code = await lessonRun('mapreduce', settings(), out.stream);
    expect(code).toBe(0);
    const json = JSON.parse(out.text()) as MapReduceSummary;
    expect(json.baristas).toBe(2);
    expect(json.cups).toBe(12);
    expect(json.one_barista.map).toHaveLength(1);
    expect(json.many_baristas.map).toHaveLength(2);
    for (const job of [json.one_barista, json.many_baristas]) {
      const cups = job.map.flatMap((lane) => lane.cups);
      expect(cups).toHaveLength(12);
      const lengths = cups.map((cup) => cup.end_ms - cup.start_ms);
      expect(job.mean_cup_ms).toBeCloseTo(lengths.reduce((a, b) => a + b) / lengths.length, 2);
      // The cores the map obtained: the baristas' CPU time (read on each thread) over its span.
      const cpu = job.map.map((lane) => lane.cpu_ms);
      if (cpu.every((ms) => ms !== null)) {
        const span =
          Math.max(...cups.map((cup) => cup.end_ms)) - Math.min(...cups.map((cup) => cup.start_ms));
        const total = cpu.reduce((sum, ms) => sum! + ms!, 0)!;
        expect(total).toBeGreaterThan(0);
        expect(job.map_cores_obtained).toBeCloseTo(total / span, 2);
      } else expect(job.map_cores_obtained).toBeNull();
    }
    const one = json.one_barista;
    const splitAndReduce =
      one.split.end_ms - one.split.start_ms + (one.reduce.end_ms - one.reduce.start_ms);
    expect(json.serial_ms).toBeCloseTo(splitAndReduce, 2);
    expect(json.serial_fraction).toBeCloseTo(splitAndReduce / one.makespan_ms, 2);
    expect(json.speedup).toBeCloseTo(one.makespan_ms / json.many_baristas.makespan_ms, 2);
    expect(json.amdahl_speedup).toBeCloseTo(
      amdahl(json.serial_fraction, json.amdahl_processors),
      2,
    );
    expect(json.same_tally).toBe(true);
    // Three rounds; the one shown (its intervals above) is the one with the median speed-up.
    expect(json.rounds).toHaveLength(3);
    const shown = json.rounds[json.shown_round - 1]!;
    expect(shown.speedup).toBe(json.speedup);
    expect(shown.one_barista_ms).toBe(one.makespan_ms);
    const sorted = json.rounds.map((r) => r.speedup).sort((a, b) => a - b);
    expect(json.speedup).toBe(sorted[1]);
  });

  it('its plain report draws the loop and each barista as lanes', async () => {
    const out = captureStream();
    await lessonRun('mapreduce', settings({json: false}), out.stream);
    const text = out.text();
    expect(text).toMatch(/one barista: \d+\.\d{3} s/);
    expect(text).toMatch(/2 baristas: \d+\.\d{3} s/);
    expect(text.match(/^ {2}loop, thread \d+ /gm)).toHaveLength(2);
    expect(text.match(/^ {2}barista, thread \d+ +\S/gm)).toHaveLength(3);
    expect(text).toContain('serial part');
    expect(text).toContain('Amdahl');
  });

  it('an abort ends it early: no report', async () => {
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 50);
    const report = await measureMapReduce({workers: 2, speed: 0.5, seed: 1}, stop.signal, () => {});
    expect(report).toBeNull();
  });
});
