import {stepKinds} from '../protocol/vocabulary.js';
import {mainThreadBrews} from '../timeline/baristas.js';
import {reword, wordsOf} from '../protocol/skins.js';
import type {Figures} from '../timeline/figures.js';
import {lateMs} from '../timeline/late.js';
import {baristaLanes, type Segment, type Timeline} from '../timeline/reduce.js';
import {
  baristaName,
  baristaSegmentLabel,
  customerSegmentLabel,
  laneTitle,
  shopLoopInWords,
  shopLoopLabel,
} from './labels.js';
import {formatSeconds, tickSpacingMs} from './lanes.js';
import {escapeXml} from './xml.js';
import {exportTitle, figuresSummary} from './export-title.js';
import {
  exportFontFamily,
  lateColours,
  lateLegend,
  loopColour,
  stepColours,
  stepLegend,
  themeColours,
  type Theme,
} from './svg-theme.js';
import type {ThemeName} from '../protocol/vocabulary.js';

export type SvgOptions = {
  theme?: ThemeName;
  /** The picture's width attribute in px; the drawing scales to it (default: its layout width). */
  width?: number;
  /** Customer lanes drawn before the rest are summarised as "+N more". */
  maxCustomers?: number;
};

/** Width the picture is laid out at, in user units. */
export const svgLayoutWidth = 1600;

const font = exportFontFamily;
const laneHeight = 26;
const laneGap = 6;
const barHeight = 20;
/** Rough width of a character of the 13 px label font, to decide whether a label fits a bar. */
const charWidth = 7.6;

const round = (n: number) => Math.round(n * 10) / 10;

type Lane = {label: string; segments: readonly Segment[]; text: (s: Segment) => string};

/**
 * The slide picture of a run: a title with the mode, baristas and makespan; one
 * lane per customer and per barista thread, and the shop loop (the shop's event
 * loop, on its own thread) with its measured busy time; an axis in seconds, a legend and the figures. Every
 * bar is a measured segment of the run.
 */
export function timelineSvg(
  timeline: Timeline,
  figures: Figures,
  options: SvgOptions = {},
): string {
  const themeName = options.theme ?? 'dark';
  const theme: Theme = themeColours[themeName];
  // The late part of a wait: hatched in the late colour over the lane's background.
  const lateFill = 'url(#late)';
  const latePattern = `<defs><pattern id="late" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${theme.laneBackground}"/><rect width="3" height="6" fill="${lateColours[themeName]}"/></pattern></defs>`;
  const maxCustomers = options.maxCustomers ?? 40;
  const shown = timeline.customers.slice(0, maxCustomers);
  const customerLanes: Lane[] = shown.map((lane) => ({
    label: laneTitle(timeline, lane.customer.id),
    segments: lane.segments,
    text: (s) => customerSegmentLabel(timeline, s),
  }));
  const threadLanes: Lane[] = baristaLanes(timeline).map((lane) => ({
    label: baristaName(timeline, lane.thread),
    segments: lane.segments,
    text: (s) => baristaSegmentLabel(timeline, s),
  }));
  const mainBrews = mainThreadBrews(timeline);

  const labels = [...customerLanes, ...threadLanes].map((lane) => lane.label);
  const labelWidth = Math.min(
    260,
    labels.reduce((widest, l) => Math.max(widest, l.length * 8.5 + 24), 130),
  );
  const left = 32 + labelWidth;
  const right = svgLayoutWidth - 40;
  const plotWidth = right - left;
  const span = Math.max(1, figures.makespanMs, timeline.latest);
  const x = (t: number) => round(left + (Math.max(0, Math.min(t, span)) / span) * plotWidth);

  const step = tickSpacingMs({start: 0, end: span, columns: Math.round(plotWidth / 9)});
  const ticks: number[] = [];
  for (let t = 0; t <= span + 1e-9; t += step) ticks.push(t);

  const parts: string[] = [];
  const text = (
    tx: number,
    ty: number,
    content: string,
    attrs: string,
    colour = theme.text,
  ): string =>
    `<text x="${round(tx)}" y="${round(ty)}" fill="${colour}" ${attrs}>${escapeXml(content)}</text>`;

  // Title, subtitle and legend.
  parts.push(text(32, 48, exportTitle(timeline, figures), 'font-size="26" font-weight="bold"'));
  parts.push(
    text(
      32,
      76,
      `brewlanes · ${timeline.info.customers.length} customers · ${timeline.info.workload} workload · ${timeline.info.scenarioName} · speed ${timeline.info.speed}× · every bar a measured interval on the thread that did the work`,
      'font-size="15"',
      theme.muted,
    ),
  );
  let legendX = 32;
  const legend = [
    ...stepKinds.map((kind) => ({colour: stepColours[kind], label: stepLegend[kind]})),
    {colour: lateFill, label: lateLegend},
    {colour: loopColour, label: `${shopLoopLabel} busy (measured)`},
  ];
  for (const item of legend) {
    parts.push(
      `<rect x="${legendX}" y="94" width="16" height="16" rx="3" fill="${item.colour}"${item.colour === lateFill ? ` stroke="${lateColours[themeName]}" stroke-width="1"` : ''}/>`,
      text(legendX + 22, 107, item.label, 'font-size="14"'),
    );
    legendX += 22 + item.label.length * 8 + 28;
  }

  let y = 140;
  const sectionTitle = (title: string) => {
    // Our own words (no name in them): in the run's skin (protocol/skins.ts).
    const said = reword(title, wordsOf(timeline.info));
    parts.push(text(32, y + 12, said, 'font-size="13" font-weight="bold"', theme.muted));
    y += 22;
  };
  const laneRow = (label: string, draw: (top: number) => void) => {
    parts.push(
      `<rect x="${left}" y="${y}" width="${round(plotWidth)}" height="${laneHeight}" fill="${theme.laneBackground}"/>`,
      text(left - 12, y + 18, label, 'font-size="14" text-anchor="end"'),
      ...ticks.map(
        (t) =>
          `<line x1="${x(t)}" y1="${y}" x2="${x(t)}" y2="${y + laneHeight + laneGap}" stroke="${theme.grid}" stroke-width="1"/>`,
      ),
    );
    draw(y + (laneHeight - barHeight) / 2);
    y += laneHeight + laneGap;
  };
  // A hairline in the background colour parts touching bars; a bar too thin for it goes without.
  const outline = (width: number) =>
    width >= 4 ? ` stroke="${theme.background}" stroke-width="0.5"` : '';
  const bars = (segments: readonly Segment[], top: number, label: (s: Segment) => string) => {
    for (const segment of segments) {
      const from = x(segment.start);
      // A wait's time past its plan is not a longer step: its own hatched bar after the planned one.
      const late = lateMs(segment);
      const plannedEnd = segment.end - late;
      const width = Math.max(1, round(x(plannedEnd) - from));
      parts.push(
        `<rect x="${from}" y="${top}" width="${width}" height="${barHeight}" rx="2" fill="${stepColours[segment.stepKind]}"${outline(width)}><title>${escapeXml(`${label(segment)}: ${formatSeconds(segment.start)}–${formatSeconds(segment.end)} on thread ${segment.thread}`)}</title></rect>`,
      );
      if (late > 0) {
        const lateWidth = Math.max(1, round(x(segment.end) - x(plannedEnd)));
        parts.push(
          `<rect x="${x(plannedEnd)}" y="${top + 2}" width="${lateWidth}" height="${barHeight - 4}" fill="${lateFill}" stroke="${lateColours[themeName]}" stroke-width="0.5"><title>${escapeXml(`${label(segment)} late: ${Math.round(late)} ms past its plan of ${Math.round(segment.plannedMs ?? 0)} ms`)}</title></rect>`,
        );
      }
      const name = label(segment);
      if (width >= name.length * charWidth + 8) {
        parts.push(
          text(
            from + width / 2,
            top + 15,
            name,
            'font-size="13" text-anchor="middle"',
            theme.onBar,
          ),
        );
      }
    }
  };

  sectionTitle(`customers · one async coroutine each, on ${shopLoopInWords}`);
  for (const lane of customerLanes)
    laneRow(lane.label, (top) => bars(lane.segments, top, lane.text));
  if (shown.length < timeline.customers.length) {
    parts.push(
      text(
        left - 12,
        y + 14,
        `+${timeline.customers.length - shown.length} more`,
        'font-size="14" text-anchor="end"',
        theme.muted,
      ),
    );
    y += 24;
  }
  if (threadLanes.length > 0) {
    sectionTitle('barista threads · worker threads of the pool, on the CPU cores');
    for (const lane of threadLanes)
      laneRow(lane.label, (top) => bars(lane.segments, top, lane.text));
  }
  sectionTitle(
    `${shopLoopLabel} · ${shopLoopInWords}, on a thread of its own (shaded: measured busy time)`,
  );
  laneRow(shopLoopLabel, (top) => {
    for (const sample of timeline.loop) {
      if (sample.end <= sample.start || sample.busy <= 0) continue;
      parts.push(
        `<rect x="${x(sample.start)}" y="${top}" width="${Math.max(0.5, round(x(sample.end) - x(sample.start)))}" height="${barHeight}" fill="${loopColour}" fill-opacity="${Math.min(1, Math.max(0.05, sample.busy)).toFixed(2)}"/>`,
      );
    }
    bars(mainBrews, top, (s) => baristaSegmentLabel(timeline, s));
  });
  const gridBottom = y;

  // The axis below the lanes (each lane drew its own gridlines).
  for (const t of ticks) {
    parts.push(
      text(
        x(t),
        gridBottom + 18,
        formatSeconds(t),
        'font-size="13" text-anchor="middle"',
        theme.muted,
      ),
    );
  }
  parts.push(
    text(right, gridBottom + 38, 'run time (s)', 'font-size="13" text-anchor="end"', theme.muted),
  );
  y = gridBottom + 66;
  for (const line of figuresSummary(timeline, figures)) {
    parts.push(text(32, y, line, 'font-size="15"'));
    y += 22;
  }
  const height = Math.ceil(y + 12);
  const width = options.width ?? svgLayoutWidth;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${round((height * width) / svgLayoutWidth)}" viewBox="0 0 ${svgLayoutWidth} ${height}" font-family="${font}">`,
    `<title>${escapeXml(exportTitle(timeline, figures))}</title>`,
    latePattern,
    `<rect width="100%" height="100%" fill="${theme.background}"/>`,
    ...parts,
    `</svg>`,
    '',
  ].join('\n');
}
