import type {Figures} from '../timeline/figures.js';
import {baristaLanes, type Segment, type Timeline} from '../timeline/reduce.js';
import {mainThreadBrews} from '../timeline/baristas.js';
import {UsageError} from '../usage-error.js';
import {exportTitle} from './export-title.js';
import {baristaName, nameOf, shopLoopLabel} from './labels.js';

/** Mermaid refuses to draw a diagram longer than this (its `maxTextSize`, which a diagram cannot raise). */
export const mermaidMaxCharacters = 50_000;

/**
 * Gantt keywords the lexer reads at the start of a task line, before a task's text
 * (case-insensitive; `gantt.jison`): a task named `title x` would become the title,
 * `click me` a click handler, `excludes x` a date rule, `2026-01-01 …` a date.
 */
const ganttKeyword =
  /^(?:gantt\b|dateformat\s|inclusiveenddates\b|topaxis\b|axisformat\s|tickinterval\s|includes\s|excludes\s|todaymarker\s|weekday\s|weekend\s|\d{4}-\d\d-\d\d\b|title\s|accdescription\s|acctitle\s*:|accdescr\s*[:{]|section\s|click\s|href\s|call\s)/i;

/** A character as Mermaid's entity code (`#58;`), which its renderer turns back into the character. */
export const mermaidEntity = (character: string): string => `#${character.codePointAt(0)};`;

/** Control characters and bidirectional overrides: shown as `?`, never passed on. */
const invisible = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Text from a run (names) made safe to stand in a gantt chart as data:
 * - `:` ends a task's text, `#`…`;` is an entity, `;` ends a statement, `%` starts a
 *   comment (`%%`, and `x%` at a task's start), `<` `>` may be read as HTML, and `ﬂ`
 *   starts Mermaid's own entity placeholder: all written as entity codes, which the
 *   rendered chart shows as the characters themselves;
 * - a line break or another control character becomes `?`;
 * - a text that starts with a keyword gets its first character as an entity code.
 */
export function mermaidText(text: string): string {
  const oneLine = text.replace(invisible, '?').trim() || '?';
  const escaped = oneLine.replace(/[:;#%<>ﬂ]/gu, mermaidEntity);
  if (!ganttKeyword.test(`${escaped} `)) return escaped;
  const [first = ''] = escaped; // keywords start with a letter or digit: one code unit
  return mermaidEntity(first) + escaped.slice(first.length);
}

/**
 * A bar of the chart: whole milliseconds of run time, at least 1 ms long. Bars of one
 * lane with the same `work` (a customer's step) may merge.
 */
type Bar = {
  label: string;
  work: string;
  start: number;
  end: number;
  crit: boolean;
  pieces: number;
};

const bar = (label: string, segment: Segment, crit: boolean): Bar => {
  const start = Math.round(segment.start);
  const end = Math.max(start + 1, Math.round(segment.end));
  return {label, work: `${segment.customer}/${segment.step}`, start, end, crit, pieces: 1};
};

/**
 * One lane's bars in time order, a bar that starts where the one before it ends (to
 * the millisecond the chart shows) for the same customer's step merged into it: a
 * brew cut into slices that ran back to back on one thread is one bar.
 */
function mergeTouching(bars: Bar[]): Bar[] {
  const merged: Bar[] = [];
  for (const next of [...bars].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && last.work === next.work && next.start <= last.end) {
      last.end = Math.max(last.end, next.end);
      last.pieces += next.pieces;
    } else merged.push({...next});
  }
  return merged;
}

/**
 * A customer's lane: one bar per step. A brew cut into slices (concurrent, gil) is
 * drawn as the span from its first slice to its last, marked `active` and saying
 * how many slices it ran as (`brew ×12`); the thread lanes below draw each slice
 * where it ran.
 */
function customerBars(segments: Segment[]): Bar[] {
  const byStep = new Map<number, Segment[]>();
  for (const segment of segments) {
    const step = byStep.get(segment.step) ?? [];
    step.push(segment);
    byStep.set(segment.step, step);
  }
  const bars: Bar[] = [];
  for (const pieces of byStep.values()) {
    const first = pieces[0]!;
    const merged = mergeTouching(
      pieces.map((segment) => bar(first.stepKind, segment, first.stepKind === 'brew')),
    );
    if (merged.length === 1) {
      bars.push(merged[0]!);
      continue;
    }
    bars.push({
      label: `${first.stepKind} ×${pieces.length}`,
      work: merged[0]!.work,
      start: merged[0]!.start,
      end: merged.reduce((latest, b) => Math.max(latest, b.end), 0),
      crit: false,
      pieces: pieces.length,
    });
  }
  return bars.sort((a, b) => a.start - b.start);
}

/** A thread's lane: each brew it ran, named after the customer, slices that ran back to back merged. */
const threadBars = (timeline: Timeline, segments: Segment[]): Bar[] =>
  mergeTouching(
    segments
      .filter((segment) => segment.stepKind === 'brew')
      .map((segment) => bar(nameOf(timeline, segment.customer), segment, true)),
  );

/**
 * Mermaid writes a label that does not fit its bar beside it, over the next bars: in a
 * lane of many short slices that is a smear. The layout Mermaid gives a chart in a
 * page about this wide (px) decides which labels fit; the rest are left blank.
 */
const assumedChartWidth = 1000;
const rightPadding = 75; // Mermaid's gantt default
const labelCharacterWidth = 7; // px, its 11 px font, generously
/** An invisible label (WORD JOINER): a gantt task needs text, this one draws none. */
export const blankLabel = '\u2060';

const sectionPadding = (names: string[]) =>
  Math.min(
    260,
    Math.max(75, 16 + labelCharacterWidth * names.reduce((most, n) => Math.max(most, n.length), 0)),
  );

/**
 * The mermaid export: a gantt chart drawn as lanes (`displayMode: compact`, one row
 * per section where bars do not overlap), a section per customer and per thread that
 * brewed. Times are whole milliseconds of run time (`dateFormat x`); brews on a
 * thread are `crit`. Names are data: see `mermaidText`.
 */
export function timelineMermaid(timeline: Timeline, figures: Figures): string {
  const sections: Array<{name: string; bars: Bar[]}> = [];
  for (const lane of timeline.customers)
    sections.push({
      name: `${lane.customer.name} (${lane.customer.drink})`,
      bars: customerBars(lane.segments),
    });
  for (const lane of baristaLanes(timeline))
    sections.push({
      name: baristaName(timeline, lane.thread),
      bars: threadBars(timeline, lane.segments),
    });
  sections.push({
    name: `${shopLoopLabel} (brews here block it)`,
    bars: threadBars(timeline, mainThreadBrews(timeline)),
  });
  const drawn = sections.filter((section) => section.bars.length > 0);
  const leftPadding = sectionPadding(drawn.map((section) => section.name));
  const pxPerMs =
    (assumedChartWidth - leftPadding - rightPadding) / Math.max(1, figures.makespanMs);
  // Mermaid measures a label before it turns entity codes back into characters (`#58;`
  // is `ﬂ°°58¶ß` then): a label fits when that text does.
  const fits = (label: string, bar: Bar) =>
    (bar.end - bar.start) * pxPerMs >=
    labelCharacterWidth * label.replace(/#(\d+);/g, 'ﬂ°°$1¶ß').length + 8;
  const lines = [
    '---',
    'config:',
    '  gantt:',
    '    displayMode: compact',
    `    leftPadding: ${leftPadding}`,
    '---',
    'gantt',
    `  title ${mermaidText(exportTitle(timeline, figures))}`,
    '  dateFormat x',
    `  axisFormat ${figures.makespanMs < 60_000 ? '%S.%L s' : '%M:%S'}`,
  ];
  for (const {name, bars} of drawn) {
    lines.push(`  section ${mermaidText(name)}`);
    for (const bar of bars) {
      const tag = bar.crit ? 'crit, ' : bar.pieces > 1 ? 'active, ' : '';
      const text = mermaidText(bar.label);
      const label = fits(text, bar) ? text : blankLabel;
      lines.push(`  ${label} :${tag}${bar.start}, ${bar.end}`);
    }
  }
  const text = `${lines.join('\n')}\n`;
  if (text.length > mermaidMaxCharacters)
    throw new UsageError(
      `the mermaid chart of this run would be ${text.length.toLocaleString('en')} characters, over Mermaid's limit of ${mermaidMaxCharacters.toLocaleString('en')}: export svg or trace instead`,
    );
  return text;
}
