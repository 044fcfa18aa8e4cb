// Benchmark 6's frames, bundled by bench/frame-time.js with the same esbuild
// plugins as the command line, so the frames go through the Ink the user runs
// (Ink with patches/ink/) and not the one in node_modules.
import {Writable} from 'node:stream';
import {performance} from 'node:perf_hooks';
import React from 'react';
import {render} from 'ink';
import {DashboardView} from '../dist/ui/dashboard-view.js';
import {baristaRowsNow} from '../dist/ui/live-lanes.js';
import {themeFor} from '../dist/ui/theme.js';
import {computeFigures} from '../dist/timeline/figures.js';
import {timelineFromEvents} from '../dist/timeline/reduce.js';

/**
 * A hand-made run of `customers` customers whose brews are spread over `baristas`
 * threads (no engine: this measures drawing only): order, brew, machine, serve,
 * each step announced as it starts (a lane shows its step in progress) and
 * recorded as a segment when it ends, as the engine emits them.
 */
function bigRunEvents(customers, baristas) {
  const info = {
    mode: 'hybrid', workload: 'mixed', workers: baristas, baristas, seed: 1, speed: 1,
    scenarioName: 'frame-time bench', unitsPerMs: 1000, sliceMs: 50, recipes: {},
    customers: Array.from({length: customers}, (_, i) => ({id: i + 1, name: `C${i + 1}`, drink: 'latte', arrivalMs: i * 10})),
  }; // prettier-ignore
  const events = [];
  const threadFree = new Array(baristas).fill(0);
  for (const {id, arrivalMs} of info.customers) {
    const thread = id % baristas;
    const ordered = arrivalMs + 100;
    const brewStart = Math.max(ordered, threadFree[thread]);
    const brewEnd = brewStart + 300;
    threadFree[thread] = brewEnd;
    const step = (index, stepKind, start, end, threadId) => [
      {kind: 'step-start', t: start, customer: id, step: index, stepKind},
      {kind: 'segment', customer: id, step: index, stepKind, thread: threadId, start, end},
    ];
    events.push(
      {kind: 'arrive', t: arrivalMs, customer: id},
      ...step(0, 'order', arrivalMs, ordered, 0),
      ...step(1, 'brew', brewStart, brewEnd, thread + 1),
      ...step(2, 'machine', brewEnd, brewEnd + 500, 0),
      ...step(3, 'serve', brewEnd + 500, brewEnd + 550, 0),
      {kind: 'served', t: brewEnd + 550, customer: id},
    );
  } // prettier-ignore
  const end = Math.max(...events.map((e) => e.end ?? e.t ?? 0));
  for (let t = 0; t < end; t += 100)
    events.push({kind: 'loop', start: t, end: t + 100, busy: 0.2, lagMaxMs: 1, lagMeanMs: 0.5, queued: 0}); // prettier-ignore
  // In the order a live run receives them: a segment when it ends.
  const at = (e) => e.end ?? e.t;
  events.sort((a, b) => at(a) - at(b));
  return {info, events, end};
}

/** A terminal that throws what it is sent away, the size of the frame. */
function nullTerminal(columns, rows) {
  const stream = new Writable({write: (_chunk, _encoding, done) => done()});
  return Object.assign(stream, {columns, rows, isTTY: true});
}

/**
 * `frames` frames of the dashboard's lanes and figures at `columns` × `rows`, as a
 * live run draws them: frame i shows the run at time end·i/frames (the events
 * received by then folded into a timeline, the "now" line there, the steps in
 * progress turning their spinners). Only the frames are timed (React, Ink's layout
 * and output, writing to a null terminal); the timelines are folded before.
 * Returns each frame's time in ms.
 */
export function frameTimes({customers, baristas, columns, rows, frames}) {
  const {info, events, end} = bigRunEvents(customers, baristas);
  const theme = themeFor('dark', true);
  const moments = [];
  for (let i = 1; i <= frames; i++) {
    const now = (end * i) / frames;
    const received = [{kind: 'run-start', t: 0, info}, ...events.filter((e) => (e.end ?? e.t) <= now)];
    moments.push({timeline: timelineFromEvents(received), now});
  } // prettier-ignore
  const frame = ({timeline, now}, i) => {
    const moment = {now, brews: []};
    return React.createElement(DashboardView, {
      timeline, baristas: baristaRowsNow(timeline, moment), figures: computeFigures(timeline),
      moment, columns, rows, theme, animate: true, frame: i,
    }); // prettier-ignore
  };
  const instance = render(frame(moments[0], 0), {
    stdout: nullTerminal(columns, rows),
    debug: true,
    patchConsole: false,
    exitOnCtrlC: false,
  });
  const times = [];
  for (let i = 1; i < moments.length; i++) {
    const started = performance.now();
    instance.rerender(frame(moments[i], i));
    times.push(performance.now() - started);
  }
  instance.unmount();
  return times;
}
