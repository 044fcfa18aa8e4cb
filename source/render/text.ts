import type {Figures} from '../timeline/figures.js';
import type {Timeline} from '../timeline/reduce.js';
import {timelineText} from './ascii.js';
import {exportTitle} from './export-title.js';
import {figureRows, figuresText} from './figures-text.js';

/** Columns the text exports are drawn in. */
export const textExportColumns = 100;

/** The txt export: a title, the timeline in the docs' notation (a line per lane), the figures. */
export function timelineTxt(
  timeline: Timeline,
  figures: Figures,
  columns = textExportColumns,
): string {
  return [
    exportTitle(timeline, figures),
    '',
    ...timelineText(timeline, columns),
    '',
    ...figuresText(timeline, figures),
    '',
  ].join('\n');
}

/**
 * Text made literal in a Markdown table cell or heading: `&`, `<` and `>` as
 * entities (an HTML tag in a name would vanish), `|` and backticks escaped (a
 * `|` would cut the row), the characters that start code or emphasis
 * (`` ` * _ [ ] ``) escaped, line breaks as spaces.
 */
export const markdownCell = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/[`*_[\]]/g, '\\$&')
    .replace(/[\r\n]+/g, ' ');

/** The md export: a heading, the timeline in a code block, then the figures as a table. */
export function timelineMarkdown(
  timeline: Timeline,
  figures: Figures,
  columns = textExportColumns,
): string {
  const lines = timelineText(timeline, columns);
  // A fence longer than any run of backticks inside (customer names come from files).
  let longest = 2;
  for (const line of lines) {
    for (const run of line.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  }
  const fence = '`'.repeat(longest + 1);
  return [
    `## ${markdownCell(exportTitle(timeline, figures))}`,
    '',
    `${fence}text`,
    ...lines,
    fence,
    '',
    '| figure | measured |',
    '| --- | --- |',
    ...figureRows(timeline, figures).map(
      ([label, value]) => `| ${markdownCell(label)} | ${markdownCell(value)} |`,
    ),
    '',
  ].join('\n');
}
