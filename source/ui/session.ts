import {LRUCache} from 'lru-cache';
import type {RunSettings} from '../protocol/run-settings.js';
import {comparedModes} from '../engine/modes.js';
import {type Mode} from '../protocol/vocabulary.js';
import {inertText} from '../protocol/inert-text.js';
import type {ShopEvent} from '../protocol/events.js';
import {computeFigures, speedupTeaches, type Figures} from '../timeline/figures.js';
import {applyEvent, createTimeline, type Timeline} from '../timeline/reduce.js';
import {shopLineReader} from '../timeline/shop-lines.js';
import type {OwnLessonId} from '../lessons/index.js';
import type {BrewNow, DriverRun, ShopDriver} from './driver.js';

/** What a frame draws besides the timeline: the time now and the brews in progress. */
export type LiveMoment = {
  now: number;
  brews: BrewNow[];
  /** How long the shop's event loop has stood still (ms), when the driver can tell. */
  stalledMs?: number;
};

export type CompareState = {
  key: string;
  runs: Array<{mode: Mode; timeline: Timeline; figures: Figures}>;
  running: Mode | null;
};

const maxLogLines = 500;

/**
 * Finished runs kept for the compare view: the latest few, evicted least recently
 * used first (each holds a whole timeline, so keeping every run grew the heap by
 * ~48 MB in 10 minutes of keys). Eight is the four compared modes twice over.
 */
export const keptRuns = 8;
/** Sequential makespans kept for the speed-up: a number each, so many more. */
const keptBaselines = 256;

/** A lesson with its own mechanism run for real, its report arriving line by line in the panel. */
export type PanelState = {name: OwnLessonId; lines: string[]; running: boolean};

/** Same customers, same time scale, same machines and slice: runs that can be compared with each other. */
export const scenarioKey = (s: RunSettings): string =>
  JSON.stringify([s.scenario, s.seed, s.customers, s.workload, s.speed, s.machines, s.sliceMs]);

/**
 * A mode's run depends on the baristas only when it uses all of them, and on the
 * slice only in concurrent mode (the only one that slices brews).
 */
const runKey = (s: RunSettings, mode: Mode): string =>
  JSON.stringify([
    s.scenario,
    s.seed,
    s.customers,
    s.workload,
    s.speed,
    s.machines,
    mode === 'concurrent' ? s.sliceMs : null,
    mode,
    mode === 'parallel' || mode === 'hybrid' || mode === 'gil' ? s.workers : 1,
  ]);

/**
 * The sequential baseline's customers: neither the slice (sequential never slices)
 * nor the time scale (the baseline is kept in ms at 1× and scaled) change it.
 */
const baselineKey = (s: RunSettings): string =>
  JSON.stringify([s.scenario, s.seed, s.customers, s.workload, s.machines]);

/** A sequential run measured in this session: its makespan and the time scale it ran at. */
export type Baseline = {makespanMs: number; speed: number};

/**
 * The dashboard's state outside React: the settings, the run in progress and its
 * timeline (fed event by event through `applyEvent`), the log, finished runs
 * kept for the speed-up and the compare view. Work on the pool is queued so that
 * one run ends (or is aborted) before the next starts or the pool is resized.
 */
export class LiveSession {
  settings: RunSettings;
  timeline: Timeline | null = null;
  log: string[] = [];
  paused = false;
  /** A line saying what the shop is doing when no run shows (starting threads, comparing). */
  status = '';
  /** Whether `status` (or its absence) is a wait in progress, drawn with a spinner; false for an error or a note. */
  statusWaits = true;
  compare: CompareState | null = null;
  /** The lesson panel shown instead of the lanes (race, deadlock, sweep); null when none. */
  panel: PanelState | null = null;
  /** Bumped on every change; a frame is drawn when it moved or a run is in progress. */
  version = 0;

  private run: DriverRun | null = null;
  private runAbort: AbortController | null = null;
  private compareAbort: AbortController | null = null;
  private panelAbort: AbortController | null = null;
  private generation = 0;
  private queue: Promise<void> = Promise.resolve();
  private pausedMoment: LiveMoment | null = null;
  private readonly finished = new LRUCache<string, {timeline: Timeline; figures: Figures}>({
    max: keptRuns,
  });
  private readonly baselines = new LRUCache<string, Baseline>({max: keptBaselines});
  private closed = false;
  /** The shop's lines of the live run, in its skin's words (it learns them at the run's start). */
  private readonly lineOf = shopLineReader();
  /** The live run's events as they came, and the last live run that finished (for --save). */
  private liveEvents: {settings: RunSettings; events: ShopEvent[]} | null = null;
  private finishedEvents: {settings: RunSettings; events: ShopEvent[]} | null = null;

  constructor(
    readonly driver: ShopDriver,
    settings: RunSettings,
  ) {
    this.settings = {...settings, workers: driver.workers()};
  }

  /**
   * Aborts the run in progress and starts the same customers with `changes`
   * applied. With `baselineFirst`, a mode whose figure is a speed-up against the
   * sequential run first runs the sequential baseline live (unless this session
   * measured it already), then the mode: the number shown is measured here.
   */
  restart(changes: Partial<RunSettings> = {}, options: {baselineFirst?: boolean} = {}): void {
    if (this.closed) return;
    this.settings = {...this.settings, ...changes};
    const generation = ++this.generation;
    this.runAbort?.abort(new Error('restarted'));
    this.compareAbort?.abort(new Error('restarted'));
    this.panelAbort?.abort(new Error('restarted'));
    this.compare = null;
    this.panel = null;
    this.paused = false;
    this.pausedMoment = null;
    this.changed();
    this.enqueue(async () => {
      if (generation !== this.generation) return;
      if (this.driver.ready) {
        this.status = `opening the shop: calibrating, starting ${this.settings.workers} barista thread(s)…`;
        this.statusWaits = true;
        this.changed();
        await this.driver.ready();
        this.status = '';
        if (generation !== this.generation) return;
      }
      const settings = this.settings;
      if (settings.workers !== this.driver.workers()) {
        this.status = `starting ${settings.workers} barista thread(s)…`;
        this.statusWaits = true;
        this.changed();
        await this.driver.resize(settings.workers);
        this.status = '';
        if (generation !== this.generation) return;
      }
      if (
        options.baselineFirst &&
        speedupTeaches(settings.mode) &&
        this.baseline(settings) === null
      ) {
        const baseline = await this.runOnce(settings, 'sequential', true);
        if (!baseline || generation !== this.generation) return;
      }
      await this.runOnce(settings, settings.mode, true);
    });
  }

  /** Runs the four modes on the current customers, one after another, reusing runs already made. */
  startCompare(): void {
    if (this.closed) return;
    const settings = this.settings;
    const key = scenarioKey(settings) + `|${settings.workers}`;
    if (this.compare?.key === key) return;
    this.compareAbort?.abort(new Error('restarted'));
    const abort = new AbortController();
    this.compareAbort = abort;
    const state: CompareState = {key, runs: [], running: null};
    this.compare = state;
    this.changed();
    this.enqueue(async () => {
      for (const mode of comparedModes) {
        if (abort.signal.aborted) return;
        let run = this.finished.get(runKey(settings, mode));
        if (!run) {
          state.running = mode;
          this.changed();
          const timeline = await this.runOnce(settings, mode, false, abort.signal);
          if (!timeline) return;
          run = this.finished.get(runKey(settings, mode));
          if (!run) return;
        }
        state.runs.push({mode, ...run});
        state.running = null;
        this.changed();
      }
    });
  }

  /** Ends the run in progress and runs a lesson with its own mechanism for real in the panel. */
  runPanel(name: OwnLessonId): void {
    if (this.closed) return;
    const lesson = this.driver.lesson;
    if (!lesson) {
      this.status = 'lessons run only on the live shop';
      this.statusWaits = false;
      this.changed();
      return;
    }
    const generation = ++this.generation;
    this.runAbort?.abort(new Error('restarted'));
    this.compareAbort?.abort(new Error('restarted'));
    this.panelAbort?.abort(new Error('restarted'));
    const abort = new AbortController();
    this.panelAbort = abort;
    const panel: PanelState = {name, lines: [], running: true};
    this.panel = panel;
    this.paused = false;
    this.pausedMoment = null;
    this.changed();
    const settings = this.settings;
    this.enqueue(async () => {
      if (generation !== this.generation) return;
      if (this.driver.ready) await this.driver.ready();
      try {
        await lesson(
          name,
          settings,
          (line) => {
            panel.lines.push(line);
            this.changed();
          },
          abort.signal,
        );
      } catch (error) {
        if (!abort.signal.aborted) throw error;
      } finally {
        panel.running = false;
        if (this.panelAbort === abort) this.panelAbort = null;
        this.changed();
      }
    });
  }

  togglePause(): void {
    if (!this.run) return;
    if (this.paused) {
      this.run.resume();
      this.paused = false;
      this.pausedMoment = null;
    } else {
      this.pausedMoment = this.moment();
      this.run.pause();
      this.paused = true;
    }
    this.changed();
  }

  /** A replay's jump by `deltaMs` of run time; the frozen moment follows while paused. */
  seekBy(deltaMs: number): void {
    if (!this.run?.seekBy) return;
    this.run.seekBy(deltaMs);
    if (this.paused) {
      this.pausedMoment = null;
      this.pausedMoment = this.moment();
    }
    this.changed();
  }

  /** A replay's playback speed one step up or down; null when not a replay. */
  stepReplaySpeed(direction: 1 | -1): number | null {
    const speed = this.run?.stepSpeed?.(direction) ?? null;
    this.changed();
    return speed;
  }

  /** Whether time moves on screen: a live run in progress, not paused. */
  get animating(): boolean {
    return this.run !== null && this.timeline?.endedAt === null && !this.paused;
  }

  /** Run time now and the brews in progress; frozen while paused. */
  moment(): LiveMoment {
    if (this.pausedMoment) return this.pausedMoment;
    if (!this.run || !this.timeline || this.timeline.endedAt !== null) {
      return {now: this.timeline ? (this.timeline.endedAt ?? this.timeline.latest) : 0, brews: []};
    }
    const known = this.timeline.customerById;
    return {
      now: this.run.now(),
      brews: this.run.brewsInProgress().filter((b) => known.has(b.customer) && b.start >= 0),
      stalledMs: this.run.stalledMs?.() ?? 0,
    };
  }

  /** The last live run that finished, else the run shown (cut short): what `--save` writes on quit. */
  runToSave(): {settings: RunSettings; events: ShopEvent[]} | null {
    return this.finishedEvents ?? this.liveEvents;
  }

  /** How many finished runs are kept (at most keptRuns). */
  get keptRunCount(): number {
    return this.finished.size;
  }

  /** The sequential run of these customers, once this session has run it (at any time scale). */
  baseline(settings: RunSettings = this.settings): Baseline | null {
    return this.baselines.get(baselineKey(settings)) ?? null;
  }

  /**
   * The sequential run's makespan for these customers at this time scale, once this
   * session has run it: measured at this scale, or measured at another and scaled.
   */
  sequentialMakespan(settings: RunSettings = this.settings): number | null {
    const baseline = this.baseline(settings);
    return baseline === null ? null : (baseline.makespanMs * baseline.speed) / settings.speed;
  }

  /** The figures of the run shown, the brews computing now included. */
  figures(): Figures | null {
    if (!this.timeline) return null;
    const moment = this.moment();
    // A run started before a settings change keeps its own time scale.
    const scale = this.timeline.info.speed;
    const baseline = this.baseline();
    return computeFigures(
      this.timeline,
      baseline === null ? null : (baseline.makespanMs * baseline.speed) / scale,
      moment,
    );
  }

  /** Ends the run in progress, waits for it, and closes the driver (every worker thread ends). */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.generation++;
    this.runAbort?.abort(new Error('closed'));
    this.compareAbort?.abort(new Error('closed'));
    this.panelAbort?.abort(new Error('closed'));
    await this.queue;
    await this.driver.close();
  }

  private enqueue(work: () => Promise<unknown>): void {
    this.queue = this.queue.then(work).then(
      () => undefined,
      (error: unknown) => {
        // A message may quote a path or a name from a file: shown, never obeyed.
        this.status = `error: ${inertText(error instanceof Error ? error.message : String(error))}`;
        this.statusWaits = false;
        this.changed();
      },
    );
  }

  /** One run on the driver; `live` runs are the ones the dashboard draws. */
  private async runOnce(
    settings: RunSettings,
    mode: Mode,
    live: boolean,
    signal?: AbortSignal,
  ): Promise<Timeline | null> {
    const abort = new AbortController();
    if (signal) signal.addEventListener('abort', () => abort.abort(signal.reason), {once: true});
    if (live) this.runAbort = abort;
    let timeline: Timeline | null = null;
    const onEvent = (event: ShopEvent) => {
      if (event.kind === 'run-start') {
        timeline = createTimeline(event.info);
        if (live) {
          this.timeline = timeline;
          this.log = [];
          this.liveEvents = {settings: {...settings, mode}, events: []};
        }
      }
      if (live) this.liveEvents?.events.push(event);
      if (timeline) applyEvent(timeline, event);
      if (live) {
        const line = this.lineOf(event);
        if (line !== null) {
          this.log.push(line);
          if (this.log.length > maxLogLines) this.log.splice(0, this.log.length - maxLogLines);
        }
        this.changed();
      }
    };
    const run = this.driver.start({...settings, mode}, onEvent, abort.signal);
    if (live) this.run = run;
    const {aborted} = await run.done;
    if (live && this.run === run) {
      this.run = null;
      this.runAbort = null;
      this.paused = false;
      this.pausedMoment = null;
    }
    this.changed();
    const ended = timeline as Timeline | null;
    if (aborted || !ended) return null;
    if (live && this.liveEvents) this.finishedEvents = this.liveEvents;
    if (mode === 'sequential') {
      this.baselines.set(baselineKey(settings), {
        makespanMs: ended.endedAt ?? 0,
        speed: ended.info.speed,
      });
    }
    this.finished.set(runKey(settings, mode), {
      timeline: ended,
      figures: computeFigures(ended, this.sequentialMakespan(settings)),
    });
    return ended;
  }

  private changed(): void {
    this.version++;
  }
}
