import {describe, expect, it} from 'vitest';
import {LiveSession} from '../../source/ui/session.js';
import {fakeDriver} from '../helpers/fake-driver.js';
import {settings} from '../fixtures/ui-runs.js';
import {eventually} from '../helpers/frames.js';

const ended = (session: LiveSession) => () => expect(session.timeline?.endedAt).not.toBeNull();

describe('the sequential baseline of a session', () => {
  it('is kept when the slice or the time scale change, and scaled to the time scale', async () => {
    const driver = fakeDriver();
    const session = new LiveSession(driver, settings({mode: 'sequential', speed: 1}));
    try {
      session.restart();
      await eventually(ended(session));
      // The fake sequential run takes 900 ms at time scale 1.
      await eventually(() => expect(session.sequentialMakespan()).toBe(900));
      session.restart({mode: 'concurrent', sliceMs: 25});
      await eventually(() => expect(session.timeline?.info.mode).toBe('concurrent'));
      expect(session.sequentialMakespan()).toBe(900);
      session.restart({mode: 'hybrid', speed: 2});
      await eventually(() => expect(session.timeline?.info.mode).toBe('hybrid'));
      await eventually(ended(session));
      // Measured at 1×, kept at 2×: the same run in half the time.
      expect(session.sequentialMakespan()).toBe(450);
      expect(session.figures()!.speedup).toBeCloseTo(450 / 500);
      // Other customers need a baseline of their own.
      session.restart({customers: 4});
      expect(session.sequentialMakespan()).toBeNull();
    } finally {
      await session.close();
    }
  });

  it('runs first, live, when a step asks for it; once per set of customers', async () => {
    const driver = fakeDriver();
    const session = new LiveSession(driver, settings({mode: 'hybrid', speed: 1}));
    try {
      session.restart({}, {baselineFirst: true});
      await eventually(() => expect(session.timeline?.info.mode).toBe('hybrid'));
      await eventually(ended(session));
      expect(driver.modesRun).toEqual(['sequential', 'hybrid']);
      await eventually(() => expect(session.figures()!.speedup).toBeCloseTo(900 / 500));
      session.restart({mode: 'parallel'}, {baselineFirst: true});
      await eventually(() => expect(session.timeline?.info.mode).toBe('parallel'));
      await eventually(ended(session));
      expect(driver.modesRun).toEqual(['sequential', 'hybrid', 'parallel']);
      // Blocking and gil teach their own lesson: no baseline run for them.
      session.restart({mode: 'gil', customers: 7}, {baselineFirst: true});
      await eventually(() => expect(session.timeline?.info.mode).toBe('gil'));
      expect(driver.modesRun.at(-1)).toBe('gil');
      expect(driver.modesRun).not.toContain(undefined);
      expect(driver.modesRun.filter((mode) => mode === 'sequential')).toHaveLength(1);
    } finally {
      await session.close();
    }
  });
});
