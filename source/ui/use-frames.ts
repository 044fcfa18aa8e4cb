import {availableParallelism} from 'node:os';
import {useEffect, useState} from 'react';
import {threadCpuMs} from '../engine/thread-cpu.js';
import {axisEnd} from './live-lanes.js';
import type {LiveSession} from './session.js';

/** The most frames a second the dashboard draws. */
export const maxFps = 30;

/**
 * The share of one core that drawing may take while a run animates: after a
 * frame that cost c ms, the next waits at least c / budget ms. With a core to
 * spare (fewer barista threads than cores) drawing runs on it, up to a tenth of
 * it: each frame also costs the terminal that shows it, and at a fifth (15 frames
 * a second at 200 × 60) the shop's loop lagged more beside it (benchmark 9). When
 * the baristas fill every core, every millisecond the main thread draws is taken
 * from a barista, so drawing keeps to a fortieth of the machine (2.5 %: 0.05 of a
 * core on 2 cores), and never more than that tenth.
 */
export function drawingBudget(cores: number, baristas: number): number {
  const spare = 0.1;
  return baristas >= cores ? Math.min(spare, 0.025 * cores) : spare;
}

/**
 * What the last frame cost the main thread: its CPU time from the App's render to
 * its commit (React, Ink's layout and output). Wall time where the thread's CPU
 * time cannot be read: on a busy machine that is 3–10× the CPU time (the thread
 * waits for a core), and a budget on it drew far fewer frames than it could.
 * The kernel brings a running thread's CPU time up to date at each tick (4 ms),
 * so one frame's figure is off by up to a tick; the frames' spacing evens it out.
 */
const frameCost = {startedAt: 0, cpuAtStart: null as number | null, lastMs: 0};

/** Called as the App renders. */
export function frameStarted(): void {
  frameCost.startedAt = performance.now();
  frameCost.cpuAtStart = threadCpuMs();
}

/** Called once the App's frame is committed (a layout effect: after Ink has written it). */
export function frameDrawn(): void {
  if (frameCost.startedAt <= 0) return;
  const cpuNow = frameCost.cpuAtStart === null ? null : threadCpuMs();
  frameCost.lastMs =
    cpuNow === null || frameCost.cpuAtStart === null
      ? performance.now() - frameCost.startedAt
      : cpuNow - frameCost.cpuAtStart;
}

/**
 * The longest the budget keeps a live run's picture still, however costly the last
 * frame (the first frames of a run cost the most): a picture frozen for seconds
 * misleads more than a main thread a little busier.
 */
export const maxFrameSpacingMs = 500;

/** What the last frame cost, in ms (CPU time where measured): the drawing budget spaces frames by it. */
export const lastFrameCostMs = (): number => frameCost.lastMs;

/** Columns of a lane besides its time axis (name, drink, status), roughly. */
const laneChrome = 40;

/**
 * Run time one column of the lanes stands for: the lanes change no faster than
 * that, so drawing more often only costs CPU. 0 when no lanes are drawn.
 */
export function msPerColumn(session: LiveSession, columns: number): number {
  const timeline = session.timeline;
  if (!timeline || columns <= 0) return 0;
  return axisEnd(timeline.latest) / Math.max(10, columns - laneChrome);
}

/**
 * A frame counter that moves only when there is something new to draw (the
 * session changed, or a run is in progress so time moves), at most `maxFps`
 * times a second and, while lanes are drawn `columns` wide, at most once per
 * column's worth of run time, and while a run animates no more often than the
 * drawing budget allows: the drawing leaves the cores to the baristas.
 * A finished or paused run costs no frames at all.
 */
export function useFrames(session: LiveSession, columns: number): number {
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    let seen = -1;
    let last = 0;
    const floor = Math.ceil(1000 / maxFps);
    const timer = setInterval(() => {
      const animating = session.animating;
      if (session.version === seen && !animating) return;
      const now = performance.now();
      // While time moves, keep drawing's share of a core within the budget.
      const baristas = session.timeline?.info.baristas ?? session.settings.workers;
      const budget = drawingBudget(availableParallelism(), baristas);
      const budgeted = animating ? Math.min(maxFrameSpacingMs, frameCost.lastMs / budget) : 0;
      const spacing = Math.max(floor, msPerColumn(session, columns), budgeted);
      if (now - last < spacing) return;
      seen = session.version;
      last = now;
      setFrame((f) => f + 1);
    }, floor);
    return () => clearInterval(timer);
  }, [session, columns]);
  return frame;
}
