import {availableParallelism} from 'node:os';
import {CoffeeShop} from '../engine/coffee-shop.js';
import {comparedModes} from '../engine/modes.js';
import {type Mode} from '../protocol/vocabulary.js';
import {computeFigures, type Figures} from '../timeline/figures.js';
import {timelineFromEvents, type Timeline} from '../timeline/reduce.js';
import {
  medianIndex,
  repeated,
  secondsWithRange,
  superLinear,
  type Repeated,
} from '../timeline/repeats.js';
import {timelineText} from '../render/ascii.js';
import {busyMachineNote, machineContext} from '../render/figures-text.js';
import {scenarioFor} from '../engine/scenario-for.js';
import {abortOnSignals, EXIT_INTERRUPTED} from '../cli/interrupt.js';
import type {RunSettings} from '../cli/options.js';
import {reword, wordsOf} from '../protocol/skins.js';
import {runSummary} from './run-summary.js';
import {compareSlide} from '../render/compare-slide.js';
import {svgToPng} from '../render/png.js';
import {checkOutputPath, writeFileAtomically} from '../record/output-file.js';
import {inertText} from '../protocol/inert-text.js';
import type {RawFlags} from '../cli/options.js';
import {UsageError} from '../usage-error.js';
import type {ThemeName} from '../protocol/vocabulary.js';

/** `compare --out FILE.svg|png`: the comparison as one slide, written when every mode has run. */
export type CompareSlideFile = {path: string; format: 'svg' | 'png'; force: boolean};

/** Reads `--out` for compare: a file ending in .svg or .png, checked before anything runs. */
export function compareOut(flags: RawFlags): CompareSlideFile | null {
  const out = flags.out;
  if (out === undefined) return null;
  const format =
    typeof out === 'string' ? /\.(svg|png)$/i.exec(out)?.[1]?.toLowerCase() : undefined;
  if (typeof out !== 'string' || (format !== 'svg' && format !== 'png')) {
    throw new UsageError(
      `--out ${JSON.stringify(out ?? '')} is not accepted for compare; use a file name ending in .svg or .png`,
    );
  }
  const force = flags.force === true;
  checkOutputPath(out, force, `--out ${out}`);
  return {path: out, format, force};
}

/** The comparison's slide as the file's format asks: svg text, or a 1920-wide PNG. */
export function compareSlideFile(
  runs: readonly ComparedMode[],
  format: 'svg' | 'png',
  options: {theme: ThemeName; cores: number; notes: readonly string[]},
): string | Buffer {
  const svg = compareSlide(runs, options);
  return format === 'png' ? svgToPng(svg) : svg;
}

export type ComparedRun = {mode: Mode; timeline: Timeline; figures: Figures};

/** Each mode measured `repeats` times: its median run (shown), and the makespans' median and range. */
export type ComparedMode = ComparedRun & {makespan: Repeated; speedup: Repeated | null};

/** Times each mode runs in `brewlanes compare`; the median is shown, with the range. */
export const compareRepeats = 3;

/** The time scale of `compare` when --speed is not given: small work, so that repeating stays quick. */
export const compareDefaultSpeed = 4;

/**
 * Runs every mode on the same customers, one after another, on one pool, in
 * `repeats` rounds (each round runs every mode once, so a passing disturbance
 * falls on every mode alike rather than on one).
 */
export async function runEveryMode(
  shop: CoffeeShop,
  settings: RunSettings,
  signal: AbortSignal,
  onRun?: (run: ComparedRun, round: number) => void,
  repeats = 1,
): Promise<ComparedMode[] | null> {
  const scenario = scenarioFor(settings);
  const runs = new Map<Mode, ComparedRun[]>(comparedModes.map((mode) => [mode, []]));
  for (let round = 1; round <= repeats; round++) {
    for (const mode of comparedModes) {
      const outcome = await shop.run({scenario, mode, speed: settings.speed, signal}).done;
      if (outcome.aborted) return null;
      const timeline = timelineFromEvents(outcome.events);
      const run = {mode, timeline, figures: computeFigures(timeline)};
      runs.get(mode)!.push(run);
      onRun?.(run, round);
    }
  }
  const sequential = runs.get('sequential')!.map((run) => run.figures.makespanMs);
  const baseline = repeated(sequential).median;
  return comparedModes.map((mode) => {
    const all = runs.get(mode)!;
    const makespans = all.map((run) => run.figures.makespanMs);
    const shown = all[medianIndex(makespans)]!;
    const makespan = repeated(makespans);
    // Each round's speed-up against that round's sequential run; the median figure uses the medians.
    const speedups = makespans.map((ms, i) => sequential[i]! / ms);
    return {
      mode,
      timeline: shown.timeline,
      figures: computeFigures(shown.timeline, baseline),
      makespan,
      speedup: {...repeated(speedups), median: baseline / makespan.median},
    };
  });
}

const bar = (fraction: number, width: number) =>
  '█'.repeat(Math.max(1, Math.round(fraction * width)));

/** What a compared mode's speed-up says, with a note when it beats what its threads can give. */
function speedupCell(run: ComparedMode): string {
  const s = run.speedup!;
  return `${s.median.toFixed(2)}× (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;
}

/** The notes under the table: a busy machine, a disturbed baseline. */
export function compareNotes(runs: readonly ComparedMode[], cores: number): string[] {
  const notes: string[] = [];
  for (const run of runs) {
    const busy = busyMachineNote(run.figures.parallelism);
    if (busy !== null)
      notes.push(`${run.mode}: ${busy}; its figures are slower than this machine can do`);
    const threads = run.timeline.info.baristas;
    const cpu = run.figures.parallelism.cpuSpeedup;
    if (cpu !== null && superLinear(cpu, Math.min(threads, cores) || 1))
      notes.push(
        `${run.mode}: CPU work ${cpu.toFixed(2)}× vs one thread on ${threads} thread(s): more than they can give, the measurement was disturbed`,
      );
    if (
      run.mode !== 'sequential' &&
      run.timeline.info.workload === 'cpu' &&
      run.speedup !== null &&
      superLinear(run.speedup.median, Math.min(Math.max(1, threads), cores))
    )
      notes.push(
        `${run.mode}: ${run.speedup.median.toFixed(2)}× on cpu work with ${threads} thread(s) on ${cores} core(s) is more than they can give: the sequential baseline was disturbed`,
      );
  }
  return notes;
}

/** `brewlanes compare`: a table, makespan bars and each mode's timeline. */
export async function compareRun(
  settings: RunSettings,
  out: NodeJS.WritableStream = process.stdout,
  options: {repeats?: number; cores?: number; slide?: CompareSlideFile | null} = {},
): Promise<number> {
  const write = (line: string) => out.write(`${line}\n`);
  const repeats = options.repeats ?? compareRepeats;
  const cores = options.cores ?? availableParallelism();
  // The customers and words of the runs to come (a scenario file or a name sets both);
  // read before any thread starts, so a bad file is refused with none to end.
  const scenario = scenarioFor(settings);
  const shop = await CoffeeShop.open(settings.workers);
  const interrupt = new AbortController();
  const removeHandlers = abortOnSignals(interrupt);
  try {
    if (!settings.json)
      write(
        reword(
          `Compare: every mode ${repeats} time(s) on the same ${scenario.customers.length} customers (${settings.workload}, time scale ${settings.speed}×), ${machineContext(settings.workers, cores)}; the median is shown, with the range`,
          wordsOf(scenario),
        ),
      );
    const runs = await runEveryMode(
      shop,
      settings,
      interrupt.signal,
      (run, round) => {
        if (!settings.json)
          write(
            `ran ${run.mode} (${round}/${repeats}): ${(run.figures.makespanMs / 1000).toFixed(3)} s`,
          );
      },
      repeats,
    );
    if (runs === null) return EXIT_INTERRUPTED;
    const notes = compareNotes(runs, cores);
    const slide = options.slide ?? null;
    if (slide !== null) {
      writeFileAtomically(
        slide.path,
        compareSlideFile(runs, slide.format, {theme: settings.theme, cores, notes}),
        slide.force,
        `--out ${slide.path}`,
      );
      if (!settings.json) write(`wrote ${inertText(slide.path)}`);
    }
    if (settings.json) {
      write(
        JSON.stringify(
          {
            repeats,
            cores,
            runs: runs.map((run) => ({
              ...runSummary(run.timeline, run.figures),
              makespan_median_ms: run.makespan.median,
              makespan_range_ms: [run.makespan.min, run.makespan.max],
              speedup_median: run.speedup?.median ?? null,
              speedup_range: run.speedup ? [run.speedup.min, run.speedup.max] : null,
            })),
            notes,
          },
          null,
          2,
        ),
      );
      return 0;
    }
    const longest = Math.max(...runs.map((run) => run.makespan.median));
    write('');
    const words = wordsOf(runs[0]?.timeline.info);
    write(
      `mode        ${words.prose.baristas.padStart(8)}  makespan (median, range)      speed-up (range)    at once  sum of work  longest ${words.prose.order}`,
    );
    for (const run of runs) {
      const {mode, timeline, figures} = run;
      write(
        `${mode.padEnd(11)} ${String(timeline.info.baristas).padStart(8)}  ${secondsWithRange(run.makespan).padEnd(28)}  ${speedupCell(run).padEnd(18)}  ${String(figures.parallelism.atOncePeak).padStart(7)}  ${(figures.totalWorkMs / 1000).toFixed(3).padStart(10)}s  ${(figures.longestOrderMs / 1000).toFixed(3).padStart(12)}s`,
      );
    }
    for (const note of notes) write(`note: ${note}`);
    write('');
    for (const run of runs)
      write(
        `${run.mode.padEnd(11)} ${bar(run.makespan.median / longest, 50)} ${(run.makespan.median / 1000).toFixed(2)}s`,
      );
    for (const {mode, timeline} of runs) {
      write('');
      write(`── ${mode} (the median run) ──`);
      for (const line of timelineText(timeline, 100, 12)) write(line);
    }
    return 0;
  } finally {
    removeHandlers();
    await shop.close();
  }
}
