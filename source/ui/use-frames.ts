import {useEffect, useState} from 'react';
import {axisEnd} from './live-lanes.js';
import type {LiveSession} from './session.js';

/** The most frames a second the dashboard draws. */
export const maxFps = 30;

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
 * column's worth of run time: the drawing leaves the cores to the baristas.
 * A finished or paused run costs no frames at all.
 */
export function useFrames(session: LiveSession, columns: number): number {
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    let seen = -1;
    let last = 0;
    const floor = Math.ceil(1000 / maxFps);
    const timer = setInterval(() => {
      if (session.version === seen && !session.animating) return;
      const now = performance.now();
      if (now - last < Math.max(floor, msPerColumn(session, columns))) return;
      seen = session.version;
      last = now;
      setFrame((f) => f + 1);
    }, floor);
    return () => clearInterval(timer);
  }, [session, columns]);
  return frame;
}
