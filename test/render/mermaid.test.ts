import {describe, expect, it} from 'vitest';
import {timelineMermaid} from '../../source/render/mermaid.js';
import {fixtureTimeline} from '../helpers/fixture-run.js';

describe('the mermaid export', () => {
  const {timeline, figures} = fixtureTimeline();
  const lines = timelineMermaid(timeline, figures).trimEnd().split('\n');

  it('is a gantt chart in milliseconds with a section per customer and per barista', () => {
    expect(lines[0]).toBe('gantt');
    expect(lines).toContain('    dateFormat x');
    const sections = lines
      .filter((line) => line.startsWith('    section '))
      .map((l) => l.slice(12));
    expect(sections).toEqual([
      'Ana (latte)',
      'Ben (espresso)',
      'Cleo ‹&› "Q" (espresso)',
      'barista t3',
      'barista t4',
    ]);
  });

  it('has a task per measured segment, start and end in ms, brews marked crit', () => {
    const tasks = lines.filter((line) => / :(crit, )?\d+, \d+$/.test(line));
    expect(tasks).toHaveLength(15);
    expect(lines).toContain('    brew :crit, 100, 450');
    expect(lines).toContain('    Ana :crit, 100, 450');
    expect(lines).toContain('    machine :450, 1050');
    // A task's name holds no mermaid syntax.
    for (const task of tasks) expect(task.split(':')).toHaveLength(2);
  });
});
