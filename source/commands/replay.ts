import {setTimeout as sleep} from 'node:timers/promises';
import {loadRun} from '../record/run-file.js';
import {Replay} from '../record/replay.js';
import {afterRecording, startRecording} from '../record/asciicast.js';
import {shopLineReader} from '../timeline/shop-lines.js';
import {inertText} from '../protocol/inert-text.js';
import {abortOnSignals, EXIT_INTERRUPTED} from '../cli/interrupt.js';
import type {SkinName} from '../protocol/skins.js';
import {columnsOf, figuresOfRun, runReportLines} from './run-report.js';

/** Waits at most this long at once, so a long gap still notices Ctrl+C promptly. */
const longestWaitMs = 250;

/**
 * `brewlanes replay run.json` as plain output: the shop's lines at the times they
 * happened (scaled by `speed`), then the timeline and the figures, all through the
 * same reducer as a live run; `--record` makes a cast of it. Returns the exit code.
 */
export async function replayRun(
  runFile: string,
  speed: number,
  out: NodeJS.WritableStream = process.stdout,
  files: {record?: string | null; force?: boolean; skin?: SkinName} = {},
): Promise<number> {
  const run = loadRun(runFile, files.skin);
  const write = (line: string) => out.write(`${line}\n`);
  const recording = files.record
    ? startRecording(files.record, out, {
        force: files.force,
        title: inertText(`brewlanes replay ${runFile}`),
      })
    : null;
  const interrupt = new AbortController();
  const removeHandlers = abortOnSignals(interrupt);
  try {
    const {machine} = run;
    // The path came from the command line, the rest from the file: shown, never obeyed.
    write(
      inertText(
        `Replaying ${runFile}: saved ${run.savedAt} on ${machine.cpuModel} (${machine.cores} cores, Node ${machine.node}), played at ${speed}×`,
      ),
    );
    const replay = new Replay(run.events, {speed});
    const lineOf = shopLineReader();
    for (;;) {
      for (const event of replay.drain()) {
        if (event.kind === 'run-start') recording?.marker(event.info.mode);
        const line = lineOf(event);
        if (line !== null) write(line);
      }
      const next = replay.nextEventTime();
      if (next === null) break;
      try {
        await sleep(Math.min(longestWaitMs, replay.wallMsUntil(next)), undefined, {
          signal: interrupt.signal,
        });
      } catch {
        return afterRecording(EXIT_INTERRUPTED, recording);
      }
    }
    const timeline = replay.timeline();
    // The machine the run was made on: its cores, not this one's.
    for (const line of runReportLines(
      timeline,
      figuresOfRun(timeline),
      columnsOf(out),
      run.machine.cores,
    ))
      write(line);
    return afterRecording(0, recording);
  } finally {
    removeHandlers();
    recording?.stop();
  }
}
