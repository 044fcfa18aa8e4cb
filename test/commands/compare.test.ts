import {execFileSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {compareNotes, compareRun, type ComparedMode} from '../../source/commands/compare.js';
import {computeFigures} from '../../source/timeline/figures.js';
import {timelineFromEvents} from '../../source/timeline/reduce.js';
import {repeated} from '../../source/timeline/repeats.js';
import {eventsFinished, settings} from '../fixtures/ui-runs.js';
import {captureStream} from '../helpers/capture.js';
import {runCli} from '../helpers/cli.js';
import {builtCli, temporaryFolder} from '../helpers/fixture-run.js';

describe('compare', () => {
  it('runs every mode at least 3 times: the median with its range; --out writes the slide', async () => {
    const out = captureStream();
    const slide = join(temporaryFolder(), 'compare.svg');
    const code = await compareRun(
      settings({customers: 2, speed: 16, workload: 'io', json: true}),
      out.stream,
      {cores: 2, slide: {path: slide, format: 'svg', force: false}},
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
    // The slide: every mode's header, with the median makespan the table gives.
    execFileSync('xmllint', ['--noout', slide]);
    const headers = [
      ...readFileSync(slide, 'utf8').matchAll(/<text [^>]*class="mode"[^>]*>([^<]*)</g),
    ].map((m) => m[1]!);
    expect(headers.map((header) => header.split(' · ')[0])).toEqual(
      json.runs.map((run) => run.mode),
    );
    expect(headers[3]).toContain(
      `makespan ${(json.runs[3]!.makespan_median_ms / 1000).toFixed(2)} s`,
    );
  });

  it('--out that is not .svg or .png: one line, exit 2, before any mode runs', async () => {
    builtCli();
    const folder = temporaryFolder();
    for (const out of [join(folder, 'compare.gif'), join(folder, 'no', 'such.svg')]) {
      const result = await runCli(['compare', '--out', out]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^brewlanes: [^\n]*--out[^\n]*\n$/);
      expect(result.stdout).toBe('');
    }
    expect(readdirSync(folder)).toEqual([]);
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
