import type {Mode, ThemeName} from '../protocol/vocabulary.js';
import {mainThreadBrews} from '../timeline/baristas.js';
import type {Figures} from '../timeline/figures.js';
import {baristaLanes, type Segment, type Timeline} from '../timeline/reduce.js';
import type {Repeated} from '../timeline/repeats.js';
import {wrapWords} from './export-title.js';
import {baristaName, baristaSegmentLabel, customerLetter, shopLoopLabel} from './labels.js';
import {
  drawBars,
  fitLanes,
  laneRow,
  Slide,
  slideHeight,
  slideMargin,
  slideWidth,
  smallestText,
  textWidth,
  TimeAxis,
} from './slide.js';

/** One mode of a comparison: its run shown, and where measured, its makespans and speed-ups over the rounds. */
export type ComparedSlideRun = {
  mode: Mode;
  timeline: Timeline;
  figures: Figures;
  makespan?: Repeated;
  speedup?: Repeated | null;
};

export type CompareSlideOptions = {
  theme?: ThemeName;
  /** The picture's width attribute in px (its layout is 1920 × 1080). */
  width?: number;
  /** Cores of the machine, for the subtitle. */
  cores?: number;
  /** What the measurement says of itself (a busy machine, a disturbed baseline), written whole. */
  notes?: readonly string[];
  /** The slide's title, where it is not every mode (the dashboard's ghost: two runs). */
  title?: string;
};

const rowGap = 6;
const shortestRow = 36;
const tallestRow = 100;
const headerHeight = 44;

type Lane = {label: string; segments: readonly Segment[]};

/** The lanes of a mode's threads that computed brews: each barista, and the shop loop where it brewed. */
function threadLanes(timeline: Timeline): Lane[] {
  const lanes: Lane[] = baristaLanes(timeline).map((lane) => ({
    label: baristaName(timeline, lane.thread),
    segments: lane.segments,
  }));
  const onLoop = mainThreadBrews(timeline);
  if (onLoop.length > 0) lanes.push({label: shopLoopLabel, segments: onLoop});
  return lanes;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** A mode's header: its baristas, its makespan (median and range when repeated), its speed-up. */
function modeHeader(run: ComparedSlideRun): string {
  const {baristas} = run.timeline.info;
  const who =
    baristas === 0 ? 'brews on the shop loop' : `${baristas} barista${baristas === 1 ? '' : 's'}`;
  const makespan = run.makespan
    ? `makespan ${seconds(run.makespan.median)}${run.makespan.samples.length > 1 ? ` (${seconds(run.makespan.min)}–${seconds(run.makespan.max)})` : ''}`
    : `makespan ${seconds(run.figures.makespanMs)}`;
  const speedup =
    run.mode === 'sequential'
      ? ' · the baseline'
      : run.speedup
        ? ` · ${run.speedup.median.toFixed(2)}× as fast`
        : '';
  return `${run.mode} · ${who} · ${makespan}${speedup}`;
}

/** Rows for each mode's lanes: every lane while they fit, else a share each (at least one) and `+N more`. */
function rowBudgets(counts: readonly number[], rows: number): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total <= rows) return [...counts];
  return counts.map((count) => Math.max(1, Math.min(count, Math.floor((rows * count) / total))));
}

/**
 * The comparison as one slide (16:9, text at least 24 px): every mode run on the
 * same customers, each with its barista lanes on one shared time axis, so one
 * barista against N, and the makespans they give, are seen at once. A pure
 * function of the measured runs: `brewlanes compare --out` and the dashboard's
 * compare view export it.
 */
export function compareSlide(
  runs: readonly ComparedSlideRun[],
  options: CompareSlideOptions = {},
): string {
  const slide = new Slide(options.theme ?? 'dark');
  const {theme} = slide;
  const first = runs[0]?.timeline.info;
  const customers = first?.customers.length ?? 0;
  const title =
    options.title ?? `Every mode on the same ${customers} customer${customers === 1 ? '' : 's'}`;
  slide.title(title);
  const repeats = Math.max(1, ...runs.map((run) => run.makespan?.samples.length ?? 1));
  slide.text(
    slideMargin,
    116,
    [
      `${first?.workload ?? 'mixed'} workload`,
      `time scale ${first?.speed ?? 1}×`,
      ...(options.cores === undefined ? [] : [`${options.cores} cores`]),
      repeats > 1 ? `each mode run ${repeats} times, its median run drawn` : 'each mode run once',
    ].join(' · '),
    {size: 26, colour: theme.muted},
    slideWidth - 2 * slideMargin,
  );
  let top = slide.legend(140, {kinds: ['brew'], late: false});
  const columns = Math.floor((slideWidth - 2 * slideMargin) / (smallestText * 0.6));
  for (const line of (options.notes ?? []).flatMap((note) => wrapWords(`note: ${note}`, columns))) {
    slide.text(slideMargin, top + 24, line, {role: 'note'});
    top += 34;
  }
  top += 8;
  const bottom = slideHeight - 90;

  const lanes = runs.map((run) => threadLanes(run.timeline));
  const room = bottom - top - runs.length * headerHeight;
  const budgets = rowBudgets(
    lanes.map((modeLanes) => modeLanes.length),
    Math.max(runs.length, Math.floor(room / (shortestRow + rowGap))),
  );
  const fitted = lanes.map((modeLanes, i) => fitLanes(modeLanes.length, budgets[i]!));
  const drawnRows = fitted.reduce((sum, f) => sum + f.shown + (f.hidden > 0 ? 1 : 0), 0);
  const rowHeight = Math.max(
    shortestRow,
    Math.min(tallestRow, Math.floor(room / Math.max(1, drawnRows)) - rowGap),
  );
  const labels = lanes.flat().map((lane) => lane.label);
  const labelWidth = Math.min(
    320,
    Math.max(
      textWidth('+99 more baristas', smallestText),
      ...labels.map((label) => textWidth(label, smallestText)),
    ),
  );
  const span = Math.max(
    1,
    ...runs.map((run) => Math.max(run.figures.makespanMs, run.timeline.latest)),
  );
  const axis = new TimeAxis(span, slideMargin + labelWidth + 16, slideWidth - slideMargin);

  let y = top;
  runs.forEach((run, i) => {
    slide.text(
      slideMargin,
      y + 30,
      modeHeader(run),
      {bold: true, role: 'mode'},
      slideWidth - 2 * slideMargin,
    );
    y += headerHeight;
    const blockTop = y;
    const {shown, hidden} = fitted[i]!;
    for (const lane of lanes[i]!.slice(0, shown)) {
      laneRow(slide, axis, y, rowHeight, lane.label, labelWidth, (barTop, barHeight) =>
        drawBars(
          slide,
          axis,
          lane.segments,
          barTop,
          barHeight,
          (s) => baristaSegmentLabel(run.timeline, s),
          (s) => customerLetter(run.timeline, s.customer),
        ),
      );
      y += rowHeight + rowGap;
    }
    if (hidden > 0) {
      slide.text(axis.left - 16, y + rowHeight / 2 + 8, `+${hidden} more baristas`, {
        anchor: 'end',
        colour: theme.muted,
        role: 'label',
      });
      y += rowHeight + rowGap;
    }
    // Where this mode's run ended: its makespan on the shared axis.
    const end = axis.x(run.figures.makespanMs);
    slide.push(
      `<line class="makespan" x1="${end}" x2="${end}" y1="${blockTop - 6}" y2="${y - rowGap}" stroke="${theme.text}" stroke-width="3"/>`,
    );
  });
  axis.draw(slide, y + 24);
  slide.text(
    slideMargin,
    y + 62,
    'brews on the thread that computed them · a line marks each makespan',
    {colour: theme.muted},
  );
  slide.text(axis.right, y + 62, 'run time (s)', {anchor: 'end', colour: theme.muted});
  return slide.svg(title, options.width);
}
