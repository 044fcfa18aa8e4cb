import {describe, expect, it} from 'vitest';
import {compareNotes, compareRun, type ComparedMode} from '../../source/commands/compare.js';
import {computeFigures} from '../../source/timeline/figures.js';
import {timelineFromEvents} from '../../source/timeline/reduce.js';
import {repeated} from '../../source/timeline/repeats.js';
import {eventsFinished, settings} from '../fixtures/ui-runs.js';
import {captureStream} from '../helpers/capture.js';

describe('compare', () => {
  it('runs every mode at least 3 times: the median with its range', async () => {
    const out = captureStream();
    const code = await compareRun(
      settings({customers: 2, speed: 16, workload: 'io', json: true}),
      out.stream,
      {cores: 2},
    );
    expect(code).toBe(0);
    const json = JSON.parse(out.text()) as {
      repeats: number;
      runs: Array<{
        mode: string;
        makespan_median_ms: number;
        makespan_range_ms: [number, number];
        speedup_median: number;
      }>;
    };
    expect(json.repeats).toBeGreaterThanOrEqual(3);
    expect(json.runs.map((run) => run.mode)).toEqual([
      'sequential',
      'concurrent',
      'parallel',
      'hybrid',
    ]);
    for (const run of json.runs) {
      expect(run.makespan_range_ms[0]).toBeLessThanOrEqual(run.makespan_median_ms);
      expect(run.makespan_range_ms[1]).toBeGreaterThanOrEqual(run.makespan_median_ms);
    }
    expect(json.runs[0]!.speedup_median).toBe(1);
  });

  it('says a speed-up above the threads on cpu work means the baseline was disturbed', () => {
    const timeline = timelineFromEvents(eventsFinished({workload: 'cpu'}));
    const run: ComparedMode = {
      mode: 'hybrid',
      timeline,
      figures: computeFigures(timeline, 6000),
      makespan: repeated([2000, 2000, 2100]),
      speedup: repeated([3, 3, 2.9]),
    };
    const notes = compareNotes([run], 2);
    expect(notes.some((note) => note.includes('the sequential baseline was disturbed'))).toBe(true);
    // Within what 2 threads can give: nothing to say.
    expect(compareNotes([{...run, speedup: repeated([1.9, 1.9, 1.8])}], 2)).toEqual([]);
  });
});
