import {mainThreadBrews} from '../timeline/baristas.js';
import {reword, wordsOf} from '../protocol/skins.js';
import type {Figures} from '../timeline/figures.js';
import {baristaLanes, type Segment, type Timeline} from '../timeline/reduce.js';
import {
  baristaName,
  baristaSegmentLabel,
  customerLetter,
  customerSegmentLabel,
  laneTitle,
  shopLoopInWords,
  shopLoopLabel,
} from './labels.js';
import {exportTitle, figuresSummary} from './export-title.js';
import {loopColour} from './svg-theme.js';
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
import type {ThemeName} from '../protocol/vocabulary.js';

export type SvgOptions = {
  theme?: ThemeName;
  /** The picture's width attribute in px; the drawing scales to it (default: its layout width). */
  width?: number;
  /** Customer lanes drawn at most before the rest are summarised as "+N more" (default: what fits). */
  maxCustomers?: number;
};

/** Width the picture is laid out at, in user units (a 16:9 slide, 1920 × 1080). */
export const svgLayoutWidth = slideWidth;

/** A lane's row: at least this tall (a 28-unit bar holds 24 px text), at most `tallest`. */
const shortestRow = 36;
const tallestRow = 80;
const rowGap = 6;
const sectionHeight = 40;
const lineHeight = 34;
/** Characters of 24 px text in a line across the slide. */
const lineColumns = Math.floor((slideWidth - 2 * slideMargin) / (smallestText * 0.6));

/**
 * Figures a slide leaves to the txt export, to keep the lanes large: what the
 * CPU and threads did in detail (the loop lag stays where it is the lesson).
 */
const slideOmits = (timeline: Timeline): string[] => [
  'brewing (CPU)',
  'CPU obtained',
  'throughput',
  'utilisation',
  ...(timeline.info.mode === 'blocking' ? [] : ['loop lag']),
];

type Lane = {label: string; segments: readonly Segment[]; text: (s: Segment) => string};

/** How many customer and barista lanes fit in `rows` rows, summarised as the dashboard does. */
function laneBudget(customers: number, baristas: number, rows: number, maxCustomers: number) {
  let baristaBudget = baristas;
  if (Math.min(customers, maxCustomers) + baristas > rows)
    baristaBudget = Math.min(baristas, Math.max(1, Math.floor(rows * 0.4)));
  const fitting = fitLanes(customers, Math.max(1, rows - baristaBudget));
  const c =
    fitting.shown > maxCustomers
      ? {shown: maxCustomers, hidden: customers - maxCustomers}
      : fitting;
  const b = fitLanes(baristas, Math.max(1, rows - c.shown - (c.hidden > 0 ? 1 : 0)));
  return {c, b};
}

/**
 * The slide picture of a run, 16:9 whatever the number of customers: a title
 * with the mode, baristas and makespan; the legend of the step colours; one lane
 * per customer and per barista thread (summarised as `+N more` where they do not
 * fit, as in the dashboard), and the shop loop (the shop's event loop, on its own
 * thread) with its measured busy time; an axis in seconds and the figures. Every
 * bar is a measured segment of the run.
 */
export function timelineSvg(
  timeline: Timeline,
  figures: Figures,
  options: SvgOptions = {},
): string {
  const slide = new Slide(options.theme ?? 'dark');
  const {theme} = slide;
  const title = exportTitle(timeline, figures);
  slide.title(title);
  const {info} = timeline;
  const words = wordsOf(info);
  slide.text(
    slideMargin,
    116,
    // Our words reworded in the run's skin; the scenario's name is data, left as it is.
    `${reword(`${info.customers.length} customers · ${info.workload} workload · time scale ${info.speed}×`, words)} · scenario ${info.scenarioName}`,
    {size: 26, colour: theme.muted},
    slideWidth - 2 * slideMargin,
  );
  const lanesTop = slide.legend(140, {loop: true, words}) + 8;

  const figureLines = figuresSummary(timeline, figures, lineColumns, slideOmits(timeline));
  const figuresTop = slideHeight - 24 - figureLines.length * lineHeight;
  // Below the lanes: the tick labels and the axis's caption.
  const lanesBottom = figuresTop - 80;

  const allCustomers: Lane[] = timeline.customers.map((lane) => ({
    label: laneTitle(timeline, lane.customer.id),
    segments: lane.segments,
    text: (s) => customerSegmentLabel(timeline, s),
  }));
  const allBaristas: Lane[] = baristaLanes(timeline).map((lane) => ({
    label: baristaName(timeline, lane.thread),
    segments: lane.segments,
    text: (s) => baristaSegmentLabel(timeline, s),
  }));
  const sections = allBaristas.length > 0 ? 3 : 2;
  const room = lanesBottom - lanesTop - sections * sectionHeight;
  // The shop loop's row is always drawn: the rest share what is left.
  const rows = Math.max(2, Math.floor(room / (shortestRow + rowGap)) - 1);
  const {c, b} = laneBudget(
    allCustomers.length,
    allBaristas.length,
    rows,
    options.maxCustomers ?? Number.POSITIVE_INFINITY,
  );
  const drawnRows = c.shown + (c.hidden > 0 ? 1 : 0) + b.shown + (b.hidden > 0 ? 1 : 0) + 1;
  const rowHeight = Math.max(
    shortestRow,
    Math.min(tallestRow, Math.floor(room / drawnRows) - rowGap),
  );
  const customers = allCustomers.slice(0, c.shown);
  const baristas = allBaristas.slice(0, b.shown);
  const moreCustomers = c.hidden > 0 ? `+${c.hidden} more customers` : null;
  const moreBaristas = b.hidden > 0 ? `+${b.hidden} more baristas` : null;

  const labels = [...customers, ...baristas].map((lane) => lane.label);
  for (const summary of [moreCustomers, moreBaristas]) if (summary) labels.push(summary);
  const widest = Math.max(...labels.map((label) => textWidth(label, smallestText)), 0);
  const labelWidth = Math.min(400, Math.max(textWidth(shopLoopLabel, smallestText), widest));
  const axis = new TimeAxis(
    Math.max(1, figures.makespanMs, timeline.latest),
    slideMargin + labelWidth + 16,
    slideWidth - slideMargin,
  );

  let y = lanesTop;
  const section = (title: string) => {
    // Our own words (no name in them): in the run's skin (protocol/skins.ts).
    const text = reword(title, wordsOf(timeline.info));
    slide.text(
      slideMargin,
      y + 28,
      text,
      {bold: true, colour: theme.muted},
      slideWidth - 2 * slideMargin,
    );
    y += sectionHeight;
  };
  const lane = (label: string, draw: (top: number, barHeight: number) => void) => {
    laneRow(slide, axis, y, rowHeight, label, labelWidth, draw);
    y += rowHeight + rowGap;
  };
  const more = (text: string) => {
    slide.text(axis.left - 16, y + rowHeight / 2 + 8, text, {
      anchor: 'end',
      colour: theme.muted,
      role: 'label',
    });
    y += rowHeight + rowGap;
  };

  section(`customers · one async coroutine each, on ${shopLoopInWords}`);
  for (const customer of customers)
    lane(customer.label, (top, height) =>
      drawBars(slide, axis, customer.segments, top, height, customer.text),
    );
  if (moreCustomers) more(moreCustomers);
  if (allBaristas.length > 0) {
    section('barista threads · worker threads of the pool, on the CPU cores');
    for (const barista of baristas)
      lane(barista.label, (top, height) =>
        drawBars(slide, axis, barista.segments, top, height, barista.text, (s) =>
          customerLetter(timeline, s.customer),
        ),
      );
    if (moreBaristas) more(moreBaristas);
  }
  section(`${shopLoopLabel} · ${shopLoopInWords}, on a thread of its own (shaded: busy)`);
  lane(reword(shopLoopLabel, words), (top, height) => {
    for (const sample of timeline.loop) {
      if (sample.end <= sample.start || sample.busy <= 0) continue;
      slide.push(
        `<rect x="${axis.x(sample.start)}" y="${top}" width="${Math.max(0.5, axis.x(sample.end) - axis.x(sample.start))}" height="${height}" fill="${loopColour}" fill-opacity="${Math.min(1, Math.max(0.05, sample.busy)).toFixed(2)}"/>`,
      );
    }
    drawBars(slide, axis, mainThreadBrews(timeline), top, height, (s) =>
      baristaSegmentLabel(timeline, s),
    );
  });

  axis.draw(slide, y + 24);
  slide.text(slideMargin, y + 62, 'every bar a measured interval on the thread that did the work', {
    colour: theme.muted,
  });
  slide.text(axis.right, y + 62, 'run time (s)', {anchor: 'end', colour: theme.muted});
  figureLines.forEach((line, i) =>
    slide.text(slideMargin, figuresTop + (i + 1) * lineHeight - 8, line, {role: 'figure'}),
  );
  return slide.svg(title, options.width);
}
