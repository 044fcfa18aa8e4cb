import type {Mode, Workload} from '../protocol/vocabulary.js';
import type {ShopSettings} from '../protocol/shop-settings.js';
import type {ShopLessonSettings} from '../protocol/shop-messages.js';

/** What a lesson measured, reported: its `--json` document and its `--plain` lines. */
export type LessonReport = {
  json: object;
  lines: string[];
  /** An order failed on the way (exit 1). */
  failed?: boolean;
};

/**
 * Runs a lesson for real and reports it. `onProgress` gets lines while it
 * measures (the sweep's points, before its chart); the answer is null when
 * `signal` ended it early. The command line and the dashboard's panel (on the
 * shop's thread) call the same function with the same settings.
 */
export type MeasureLesson<Settings = ShopSettings> = (
  settings: Settings,
  signal: AbortSignal,
  onProgress: (line: string) => void,
) => Promise<LessonReport | null>;

/**
 * `run`'s outcome, reported; null when `signal` ended it early (a key, q or
 * Ctrl+C: nothing measured to report). Any other failure is the lesson's own.
 */
export async function reportUnlessAborted<Outcome>(
  signal: AbortSignal,
  run: () => Promise<Outcome>,
  report: (outcome: Outcome) => LessonReport,
): Promise<LessonReport | null> {
  let outcome: Outcome;
  try {
    outcome = await run();
  } catch (error) {
    if (signal.aborted) return null;
    throw error;
  }
  return report(outcome);
}

/** A lesson's words: the same in the CLI's help, the dashboard's help and panel, and the tour. */
type LessonWords = {
  /** Its name: `brewlanes lesson ID`, the tour step's id. */
  id: string;
  /** The tour's title for it. */
  title: string;
  /** Its key on the dashboard (and the tour's hint). */
  key: string;
  /** Its row in the help overlay and the CLI's help. */
  help: string;
  /** Two or three lines for the audience, each at most 90 characters (tour, panel). */
  lines: readonly string[];
};

/**
 * A lesson that is a run of the shop, changed in one way: a mode (blocking, gil)
 * or shared machines. Its key changes that on the dashboard; the tour runs it
 * as `run` says and states `figure`, measured by the run.
 */
export type RunLesson = LessonWords & {
  kind: 'run';
  run: {mode: Mode; workload: Workload; customers: number; machines?: number};
  /** What its key changes on the dashboard: the mode, or the machines (1, 2, unlimited). */
  keyChanges: 'mode' | 'machines';
  figure: 'stalls' | 'cpu-vs-one-thread' | 'machine-wait';
  /** Its own report for `brewlanes lesson ID`; without one, that is a plain run in its mode. */
  measure?: () => Promise<MeasureLesson>;
};

/** A lesson with its own mechanism: its report shows in the panel, in place of the lanes. */
export type OwnLesson = LessonWords & {
  kind: 'own';
  /** The panel's last line while it runs. */
  running: string;
  /** Loaded when run: its threads and pools are not the dashboard's business until then. */
  measure: () => Promise<MeasureLesson<OwnLessonSettings>>;
};

/** What a lesson with its own mechanism reads of the settings: threads, time scale, seed. */
export type OwnLessonSettings = ShopLessonSettings;

export type Lesson = RunLesson | OwnLesson;
