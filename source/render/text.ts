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

const cell = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');

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
    `## ${cell(exportTitle(timeline, figures))}`,
    '',
    `${fence}text`,
    ...lines,
    fence,
    '',
    '| figure | measured |',
    '| --- | --- |',
    ...figureRows(timeline, figures).map(([label, value]) => `| ${cell(label)} | ${cell(value)} |`),
    '',
  ].join('\n');
}
