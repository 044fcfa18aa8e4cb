import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import type {StepKind, ThemeName} from '../protocol/vocabulary.js';
import {stepKinds} from '../protocol/vocabulary.js';
import {reword, type Words} from '../protocol/skins.js';
import {lateMs} from '../timeline/late.js';
import type {Segment} from '../timeline/reduce.js';
import {formatSeconds, tickSpacingMs} from './lanes.js';
import {shopLoopLabel} from './labels.js';
import {
  exportFontFamily,
  lateColours,
  lateLegend,
  loopColour,
  stepColoursByTheme,
  stepLegend,
  themeColours,
  type Theme,
} from './svg-theme.js';
import {escapeXml} from './xml.js';

/**
 * The frame every slide picture is drawn in: 1920 × 1080 user units (16:9, one
 * unit a pixel of a 1920-wide PNG), text at least 24 units, names shortened with
 * an ellipsis by their display width (string-width, cli-truncate) rather than cut
 * at the edge, and the legend of the step colours. The timeline slide (svg.ts) and
 * the compare slide (compare-slide.ts) draw with it.
 */
export const slideWidth = 1920;
export const slideHeight = 1080;
export const slideMargin = 48;

/** The smallest text on a slide: 24 px on a 1920-wide picture, readable from the back of a room. */
export const smallestText = 24;
export const fontSizes = {title: 44, subtitle: 26, text: smallestText} as const;

/** JetBrains Mono's advance is 0.6 em: the width of one terminal column of text. */
const columnWidthEm = 0.6;

/** Width of `text` at `size`, by its display width in columns (a wide character counts two). */
export const textWidth = (text: string, size: number): number =>
  stringWidth(text) * size * columnWidthEm;

/** `text` shortened with `…` to fit `width` units at `size`; whole when it fits. */
export function fitText(text: string, size: number, width: number): string {
  // Control characters (an escape sequence in a name from a file) are dropped first,
  // so the rest is measured as it is drawn: as plain characters.
  const plain = text.replace(/\p{Cc}/gu, '');
  const columns = Math.max(1, Math.floor(width / (size * columnWidthEm)));
  return stringWidth(plain) <= columns ? plain : cliTruncate(plain, columns, {position: 'end'});
}

const round = (n: number) => Math.round(n * 10) / 10;

export type TextOptions = {
  size?: number;
  bold?: boolean;
  anchor?: 'end' | 'middle';
  colour?: string;
  /** What the text is, for tests and stylesheets: `title`, `label` (a lane's), `figure`. */
  role?: string;
};

/** A slide being drawn: the parts in order, the theme's colours, helpers for text, legend and lanes. */
export class Slide {
  readonly theme: Theme;
  readonly steps: Record<StepKind, string>;
  readonly late: string;
  private readonly parts: string[] = [];

  constructor(readonly themeName: ThemeName) {
    this.theme = themeColours[themeName];
    this.steps = stepColoursByTheme[themeName];
    this.late = lateColours[themeName];
  }

  push(...parts: string[]): void {
    this.parts.push(...parts);
  }

  /** Text at (x, y); shortened with `…` to `maxWidth` when given. */
  text(x: number, y: number, content: string, options: TextOptions = {}, maxWidth?: number): void {
    const size = options.size ?? smallestText;
    const shown = maxWidth === undefined ? content : fitText(content, size, maxWidth);
    const attrs = [
      options.role ? `class="${options.role}"` : '',
      `font-size="${size}"`,
      options.bold ? 'font-weight="bold"' : '',
      options.anchor ? `text-anchor="${options.anchor}"` : '',
    ]
      .filter(Boolean)
      .join(' ');
    this.parts.push(
      `<text x="${round(x)}" y="${round(y)}" fill="${options.colour ?? this.theme.text}" ${attrs}>${escapeXml(shown)}</text>`,
    );
  }

  /** The title, as large as fits the width (down to 32), shortened with `…` past that. */
  title(content: string, y = 72): void {
    const room = slideWidth - 2 * slideMargin;
    const size = Math.max(
      32,
      Math.min(
        fontSizes.title,
        Math.floor(room / (Math.max(1, stringWidth(content)) * columnWidthEm)),
      ),
    );
    this.text(slideMargin, y, content, {size, bold: true, role: 'title'}, room);
  }

  /**
   * The legend of the step colours drawn (every kind unless `kinds` says), the
   * late hatch unless `late` is false, the shop loop's busy shading when `loop`;
   * wrapped into rows. Returns the y below it.
   */
  legend(
    top: number,
    what: {loop?: boolean; late?: boolean; kinds?: readonly StepKind[]; words?: Words} = {},
  ): number {
    // In the run's skin (protocol/skins.ts): its step names, its words for ours.
    const said = (label: string) => (what.words ? reword(label, what.words) : label);
    const stepName = (kind: StepKind) =>
      what.words
        ? `${what.words.steps[kind]}${said(stepLegend[kind].slice(kind.length))}`
        : stepLegend[kind];
    const items = [
      ...(what.kinds ?? stepKinds).map((kind) => ({
        fill: this.steps[kind],
        label: stepName(kind),
        hatch: false,
      })),
      ...(what.late === false ? [] : [{fill: 'url(#late)', label: said(lateLegend), hatch: true}]),
      ...(what.loop
        ? [{fill: loopColour, label: said(`${shopLoopLabel} busy (measured)`), hatch: false}]
        : []),
    ];
    const box = 24;
    let x = slideMargin;
    let y = top;
    for (const item of items) {
      const width = box + 12 + textWidth(item.label, smallestText);
      if (x > slideMargin && x + width > slideWidth - slideMargin) {
        x = slideMargin;
        y += 40;
      }
      this.parts.push(
        `<rect x="${x}" y="${y}" width="${box}" height="${box}" rx="4" fill="${item.fill}"${item.hatch ? ` stroke="${this.late}" stroke-width="1"` : ''}/>`,
      );
      this.text(
        x + box + 12,
        y + 20,
        item.label,
        {role: 'legend'},
        slideWidth - slideMargin - (x + box + 12),
      );
      x += width + 40;
    }
    return y + 40;
  }

  /** The whole picture: `width` wide (its layout is 1920 × 1080 whatever the width). */
  svg(title: string, width = slideWidth): string {
    const height = round((slideHeight * width) / slideWidth);
    const latePattern = `<defs><pattern id="late" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="${this.theme.laneBackground}"/><rect width="4" height="8" fill="${this.late}"/></pattern></defs>`;
    return [
      `<?xml version="1.0" encoding="UTF-8"?>`,
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${slideWidth} ${slideHeight}" font-family="${exportFontFamily}">`,
      `<title>${escapeXml(title)}</title>`,
      latePattern,
      `<rect width="100%" height="100%" fill="${this.theme.background}"/>`,
      ...this.parts,
      `</svg>`,
      '',
    ].join('\n');
  }
}

/** A time axis from 0 to `span` ms over [left, right]: x of a time, and its ticks. */
export class TimeAxis {
  readonly ticks: number[] = [];

  constructor(
    readonly span: number,
    readonly left: number,
    readonly right: number,
  ) {
    // A tick label ("0.25s", 24 px) wants about 120 units of room.
    const step = tickSpacingMs({start: 0, end: span, columns: Math.round((right - left) / 12)});
    for (let t = 0; t <= span + 1e-9; t += step) this.ticks.push(t);
  }

  x(t: number): number {
    return round(
      this.left + (Math.max(0, Math.min(t, this.span)) / this.span) * (this.right - this.left),
    );
  }

  /** The tick labels under the lanes, at `y`. */
  draw(slide: Slide, y: number): void {
    for (const t of this.ticks) {
      const label = formatSeconds(t);
      // The last label ends at the axis's end rather than past the picture's edge.
      const past = this.x(t) + textWidth(label, smallestText) / 2 > slideWidth - 8;
      slide.text(past ? this.right : this.x(t), y, label, {
        anchor: past ? 'end' : 'middle',
        colour: slide.theme.muted,
      });
    }
  }
}

/** A bar's distance from its lane's top and bottom edges. */
export const barInset = 4;

/** One row of lanes: its label left of the axis, its background and gridlines, then `draw(top, barHeight)`. */
export function laneRow(
  slide: Slide,
  axis: TimeAxis,
  y: number,
  height: number,
  label: string,
  labelWidth: number,
  draw: (top: number, barHeight: number) => void,
): void {
  const {theme} = slide;
  slide.push(
    `<rect class="lane" x="${axis.left}" y="${y}" width="${round(axis.right - axis.left)}" height="${height}" fill="${theme.laneBackground}"/>`,
    ...axis.ticks.map(
      (t) =>
        `<line x1="${axis.x(t)}" y1="${y}" x2="${axis.x(t)}" y2="${y + height}" stroke="${theme.grid}" stroke-width="1"/>`,
    ),
  );
  slide.text(axis.left - 16, y + height / 2 + 8, label, {anchor: 'end', role: 'label'}, labelWidth);
  draw(y + barInset, height - 2 * barInset);
}

/**
 * Measured segments as bars in their step's colour, each with a tooltip; a wait's
 * late part hatched after its planned bar; a label inside when the bar holds at
 * least three characters of it (shortened with `…`, never cut), else the `short`
 * one (a customer's letter) when that fits.
 */
export function drawBars(
  slide: Slide,
  axis: TimeAxis,
  segments: readonly Segment[],
  top: number,
  barHeight: number,
  label: (s: Segment) => string,
  short?: (s: Segment) => string,
): void {
  const outline = (width: number) =>
    width >= 4 ? ` stroke="${slide.theme.background}" stroke-width="0.5"` : '';
  for (const segment of segments) {
    const from = axis.x(segment.start);
    const late = lateMs(segment);
    const plannedEnd = segment.end - late;
    const width = Math.max(1, round(axis.x(plannedEnd) - from));
    const name = label(segment);
    slide.push(
      `<rect class="bar" x="${from}" y="${top}" width="${width}" height="${barHeight}" rx="3" fill="${slide.steps[segment.stepKind]}"${outline(width)}><title>${escapeXml(`${name}: ${formatSeconds(segment.start)}–${formatSeconds(segment.end)} on thread ${segment.thread}`)}</title></rect>`,
    );
    if (late > 0) {
      const lateWidth = Math.max(1, round(axis.x(segment.end) - axis.x(plannedEnd)));
      slide.push(
        `<rect class="late" x="${axis.x(plannedEnd)}" y="${top + 3}" width="${lateWidth}" height="${barHeight - 6}" fill="url(#late)" stroke="${slide.late}" stroke-width="0.5"><title>${escapeXml(`${name} late: ${Math.round(late)} ms past its plan of ${Math.round(segment.plannedMs ?? 0)} ms`)}</title></rect>`,
      );
    }
    const room = width - 8;
    const fits = (text: string) => textWidth(text, smallestText) <= room;
    // The whole label, else shortened with `…` (three columns or more), else the short one.
    const shown =
      fits(name) || room >= 3 * smallestText * columnWidthEm
        ? name
        : short !== undefined && fits(short(segment))
          ? short(segment)
          : null;
    if (barHeight >= 28 && shown !== null)
      slide.text(
        from + width / 2,
        top + barHeight / 2 + 8,
        shown,
        {anchor: 'middle', colour: slide.theme.onBar, role: 'on-bar'},
        room,
      );
  }
}

/** Lanes that fit: the first `shown`, and how many more one `+N more` row stands for. */
export function fitLanes(count: number, rows: number): {shown: number; hidden: number} {
  if (count <= rows) return {shown: count, hidden: 0};
  const shown = Math.max(0, rows - 1);
  return {shown, hidden: count - shown};
}
