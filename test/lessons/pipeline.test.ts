import {describe, expect, it} from 'vitest';
import {lessonSettings as settings} from '../helpers/lesson-settings.js';
import {lessonRun} from '../../source/commands/lesson.js';
import {calibrate} from '../../source/engine/calibrate.js';
import {createHandoverBoard, HandoverBoard} from '../../source/lessons/pipeline/handover.js';
import {measurePipeline} from '../../source/lessons/pipeline/measure.js';
import {runPipeline, type PipelineJob} from '../../source/lessons/pipeline/pipeline.js';
import type {PipelineSummary} from '../../source/lessons/pipeline/report.js';
import {stageNames, type StageSegment} from '../../source/lessons/pipeline/stage-task.js';
import {captureStream} from '../helpers/capture.js';

const GRIND = 0;
const BREW = 1;
const FROTH = 2;

/** Each order's three stages, by order then stage. */
function stagesByOrder(job: PipelineJob, orders: number): StageSegment[][] {
  const segments = job.lanes.flatMap((lane) => lane.segments);
  return Array.from({length: orders}, (_, index) =>
    stageNames.map((_, stage) => {
      const found = segments.filter((s) => s.order === index + 1 && s.stage === stage);
      expect(found).toHaveLength(1);
      return found[0]!;
    }),
  );
}

const overlap = (a: StageSegment, b: StageSegment) => a.start < b.end && b.start < a.end;

describe('the handover board', () => {
  it('a stage waits for the one before it, and gives up at its timeout', () => {
    const board = new HandoverBoard(createHandoverBoard(2));
    expect(board.waitFor(GRIND, 0, 20)).toBe(false);
    board.handOver(GRIND, 0, 1234);
    expect(board.waitFor(GRIND, 0, 20)).toBe(true);
    expect(board.resultOf(0)).toBe(1234);
    // Order 0 handed over says nothing of order 1.
    expect(board.waitFor(GRIND, 1, 1)).toBe(false);
  });
});

describe('the assembly line on real threads', () => {
  it('stages overlap across orders, never within one; each stage on its own thread', async () => {
    const {unitsPerMs} = calibrate(40);
    const units = Math.round(20 * unitsPerMs);
    const orders = 5;
    const outcome = await runPipeline({
      orders,
      unitsPerStage: [units, units, units],
      seed: 3,
      rounds: 1,
    });
    expect(outcome.rounds).toHaveLength(1);
    const line = outcome.rounds[0]!.assemblyLine;
    // A thread per stage, and every segment of a stage on that stage's thread.
    expect(line.lanes.map((lane) => lane.stages)).toEqual([[GRIND], [BREW], [FROTH]]);
    expect(new Set(line.lanes.map((lane) => lane.thread)).size).toBe(3);
    for (const lane of line.lanes) {
      expect(lane.segments).toHaveLength(orders);
      expect(lane.segments.every((segment) => segment.stage === lane.stages[0])).toBe(true);
    }
    const byOrder = stagesByOrder(line, orders);
    // Within one order: grind, then brew, then froth, never at once.
    for (const [grind, brew, froth] of byOrder) {
      expect(grind!.end).toBeLessThanOrEqual(brew!.start);
      expect(brew!.end).toBeLessThanOrEqual(froth!.start);
    }
    // Across orders: the next order grinds while this one brews (some order, at least).
    const grindsWhileBrewing = byOrder
      .slice(0, -1)
      .some((stages, i) => overlap(stages[BREW]!, byOrder[i + 1]![GRIND]!));
    expect(grindsWhileBrewing).toBe(true);

    // One barista per order: one thread, every stage, one after another.
    const one = outcome.rounds[0]!.oneBarista;
    expect(one.lanes).toHaveLength(1);
    const own = one.lanes[0]!.segments;
    expect(own.map((s) => [s.order, s.stage])).toEqual(
      Array.from({length: orders}, (_, i) => [
        [i + 1, GRIND],
        [i + 1, BREW],
        [i + 1, FROTH],
      ]).flat(),
    );
    for (let i = 1; i < own.length; i++) expect(own[i - 1]!.end).toBeLessThanOrEqual(own[i]!.start);
    // Each stage worked on what the stage before handed over: the same coffee either way.
    expect(line.results).toEqual(one.results);
    expect(new Set(line.results).size).toBe(orders);
  });

  it('brewlanes lesson pipeline --json: every stage, throughput and latency from them', async () => {
    const out = captureStream();
    const code = await lessonRun('pipeline', settings(), out.stream);
    expect(code).toBe(0);
    const json = JSON.parse(out.text()) as PipelineSummary;
    expect(json.stages).toEqual(['grind', 'brew', 'froth']);
    for (const job of [json.one_barista, json.assembly_line]) {
      const segments = job.baristas.flatMap((barista) => barista.segments);
      expect(segments).toHaveLength(3 * json.orders);
      expect(job.throughput_per_s).toBeCloseTo((json.orders * 1000) / job.span_ms, 2);
      const latencies = Array.from({length: json.orders}, (_, i) => {
        const mine = segments.filter((s) => s.order === i + 1);
        return Math.max(...mine.map((s) => s.end_ms)) - Math.min(...mine.map((s) => s.start_ms));
      });
      expect(job.latency_ms.first_order).toBeCloseTo(latencies[0]!, 2);
      // The cores its threads obtained: their CPU time (read on each thread) over the span.
      const cpu = job.baristas.map((barista) => barista.cpu_ms);
      if (cpu.every((ms) => ms !== null)) {
        const total = cpu.reduce((sum, ms) => sum! + ms!, 0)!;
        expect(total).toBeGreaterThan(0);
        expect(job.cores_obtained).toBeCloseTo(total / job.span_ms, 2);
      } else expect(job.cores_obtained).toBeNull();
      expect(job.latency_ms.max).toBeCloseTo(Math.max(...latencies), 2);
      const lengths = segments.map((s) => s.end_ms - s.start_ms);
      expect(job.mean_stage_ms).toBeCloseTo(lengths.reduce((a, b) => a + b) / lengths.length, 2);
    }
    expect(json.assembly_line.baristas.map((barista) => barista.stages)).toEqual([
      ['grind'],
      ['brew'],
      ['froth'],
    ]);
    expect(json.throughput_ratio).toBeCloseTo(
      json.assembly_line.throughput_per_s / json.one_barista.throughput_per_s,
      2,
    );
    // Three rounds; the one shown (its stages above) is the one with the median throughput ratio.
    expect(json.rounds).toHaveLength(3);
    expect(json.same_results).toBe(true);
    const shown = json.rounds[json.shown_round - 1]!;
    expect(shown.one_barista_span_ms).toBe(json.one_barista.span_ms);
    expect(shown.assembly_line_span_ms).toBe(json.assembly_line.span_ms);
    const sorted = json.rounds.map((r) => r.throughput_ratio).sort((a, b) => a - b);
    expect(shown.throughput_ratio).toBe(sorted[1]);
  });

  it('its plain report draws a lane per stage and says throughput and latency', async () => {
    const out = captureStream();
    await lessonRun('pipeline', settings({json: false}), out.stream);
    const text = out.text();
    expect(text.match(/^ {2}(grind|brew|froth), thread \d+ +\S/gm)).toHaveLength(3);
    expect(text).toMatch(
      /^throughput {2}one barista \d+\.\d orders\/s · the line \d+\.\d orders\/s/m,
    );
    expect(text).toMatch(/^latency {5}one barista \d+\.\d ms an order · the line \d+\.\d ms/m);
  });

  it('an abort ends it early: no report', async () => {
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 300);
    const began = performance.now();
    const report = await measurePipeline({workers: 2, speed: 0.1, seed: 1}, stop.signal, () => {});
    expect(report).toBeNull();
    // At this speed one barista alone needs 4.5 s of work: the abort, not the end, stopped it.
    expect(performance.now() - began).toBeLessThan(4500);
  });
});
