import {describe, expect, it} from 'vitest';
import {lateMs} from '../../source/timeline/late.js';
import type {Segment} from '../../source/timeline/reduce.js';

const wait = (start: number, end: number, plannedMs?: number): Segment => ({
  customer: 1,
  step: 0,
  stepKind: 'serve',
  thread: 0,
  start,
  end,
  ...(plannedMs === undefined ? {} : {plannedMs}),
});

describe('lateMs', () => {
  it('is the part of a wait past its plan', () => {
    expect(lateMs(wait(0, 1000, 50))).toBe(950);
  });
  it('is 0 within timer jitter, for a wait without a plan, and for a brew', () => {
    expect(lateMs(wait(0, 51, 50))).toBe(0);
    expect(lateMs(wait(0, 1000))).toBe(0);
    expect(lateMs({...wait(0, 1000, 50), stepKind: 'brew'})).toBe(0);
  });
});
