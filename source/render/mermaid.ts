import type {Figures} from '../timeline/figures.js';
import {baristaLanes, type Segment, type Timeline} from '../timeline/reduce.js';
import {exportTitle} from './export-title.js';
import {baristaName, baristaSegmentLabel, customerSegmentLabel} from './labels.js';
import {MAIN_THREAD} from '../timeline/events.js';

/**
 * Mermaid reads `:` `;` `#` as syntax in a task line (they become spaces) and may
 * take `<` `>` for HTML (they become ‹ ›).
 */
const safe = (text: string) =>
  text
    .replace(/[:;#\n\r]/g, ' ')
    .replace(/</g, '‹')
    .replace(/>/g, '›')
    .trim() || '?';

/**
 * The mermaid export: a gantt chart with a section per customer and per barista
 * thread. Times are whole milliseconds of run time (`dateFormat x`, start and end);
 * brews (CPU) are tagged `crit` so they stand out from the waits.
 */
export function timelineMermaid(timeline: Timeline, figures: Figures): string {
  const lines = [
    'gantt',
    `    title ${safe(exportTitle(timeline, figures))}`,
    '    dateFormat x',
    `    axisFormat ${figures.makespanMs < 60_000 ? '%S.%L s' : '%M:%S'}`,
  ];
  const task = (label: string, segment: Segment) => {
    const start = Math.round(segment.start);
    const end = Math.max(start + 1, Math.round(segment.end));
    const tag = segment.stepKind === 'brew' ? 'crit, ' : '';
    lines.push(`    ${safe(label)} :${tag}${start}, ${end}`);
  };
  for (const lane of timeline.customers) {
    lines.push(`    section ${safe(`${lane.customer.name} (${lane.customer.drink})`)}`);
    for (const segment of lane.segments) task(customerSegmentLabel(timeline, segment), segment);
  }
  for (const lane of baristaLanes(timeline)) {
    lines.push(`    section ${safe(baristaName(lane.thread))}`);
    for (const segment of lane.segments) task(baristaSegmentLabel(timeline, segment), segment);
  }
  const mainBrews = (timeline.threads.get(MAIN_THREAD)?.segments ?? []).filter(
    (s) => s.stepKind === 'brew',
  );
  if (mainBrews.length > 0) {
    lines.push('    section main thread (brews block the event loop)');
    for (const segment of mainBrews) task(baristaSegmentLabel(timeline, segment), segment);
  }
  return `${lines.join('\n')}\n`;
}
