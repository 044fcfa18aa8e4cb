import {describe, expect, it} from 'vitest';
import {speedupText} from '../../source/render/figures-text.js';
import {computeFigures} from '../../source/timeline/figures.js';
import {fixtureTimeline} from '../helpers/fixture-run.js';

describe('the speed-up against sequential, said as it is known', () => {
  const {timeline} = fixtureTimeline();
  const live = {...timeline, endedAt: null};

  it('a live run whose sequential baseline was measured names the baseline, not "not measured"', () => {
    const text = speedupText(live, computeFigures(live, 14_740));
    expect(text).toBe('sequential took 14.74 s: speed-up when done');
  });

  it('a live run without a baseline says it is not measured yet', () => {
    expect(speedupText(live, computeFigures(live, null))).toBe('vs sequential: not measured yet');
  });

  it('a finished run with a baseline says its speed-up', () => {
    const figures = computeFigures(timeline, figuresMakespan(timeline) * 2);
    expect(speedupText(timeline, figures)).toMatch(/^speed-up 2\.00× vs sequential/);
  });
});

function figuresMakespan(t: ReturnType<typeof fixtureTimeline>['timeline']): number {
  return computeFigures(t, null).makespanMs;
}
