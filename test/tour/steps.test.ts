import {describe, expect, it} from 'vitest';
import {modes} from '../../source/protocol/vocabulary.js';
import {lessonIds} from '../../source/lessons/index.js';
import {tourSteps} from '../../source/tour/steps.js';

describe('the tour', () => {
  it('goes through the lessons in the presenter order', () => {
    expect(tourSteps.map((step) => step.id)).toEqual([
      'sequential',
      'concurrent-io',
      'concurrent-cpu',
      'parallel',
      'hybrid',
      'blocking',
      'gil',
      'processes',
      'machine',
      'race',
      'deadlock',
      'sweep',
      'mapreduce',
      'pipeline',
    ]);
  });

  it('gives every step two or three short lines and something real to run', () => {
    for (const step of tourSteps) {
      expect(step.lines.length).toBeGreaterThanOrEqual(2);
      expect(step.lines.length).toBeLessThanOrEqual(3);
      for (const line of step.lines) expect(line.length).toBeLessThanOrEqual(90);
      const {action} = step;
      if (action.kind === 'run') expect(modes).toContain(action.mode);
      if (action.kind === 'lesson') expect(lessonIds).toContain(action.lesson);
    }
  });

  it('covers the ideas the lessons teach', () => {
    const text = tourSteps.flatMap((step) => step.lines).join(' ');
    for (const idea of [
      'Concurrency is structure',
      'Parallelism is execution',
      'I/O-bound',
      'CPU-bound',
      'longest wait, not the sum',
      'global lock',
      'Atomics.add',
      'lock order',
      'cores',
      'serial part',
      'no single order sooner',
    ])
      expect(text).toContain(idea);
  });
});
