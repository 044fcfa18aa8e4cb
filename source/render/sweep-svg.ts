import type {SweepFigures} from '../timeline/amdahl.js';
import type {ThemeName} from '../protocol/vocabulary.js';
import {wrapWords} from './export-title.js';
import {Slide, slideHeight, slideMargin, slideWidth, smallestText, textWidth} from './slide.js';

/** The ideal line's words: w threads, w times as fast, as long as each has a core. */
export const idealLegend = 'ideal: w threads, w× as fast, up to the cores';

/**
 * The thread sweep as a slide (16:9, text at least 24 px): the measured speed-up
 * against the number of worker threads, the ideal line up to the core count (a
 * speed-up above it is not ideal but impossible), Amdahl's law from the measured
 * serial fraction, and where the cores end. The legend sits above the plot, so no
 * line crosses it; under it, the sweep's `notes` (a busy machine says so here too). A pure function of the measured figures; `width` is the
 * picture's width attribute (its layout is 1920 × 1080).
 */
export function sweepSvg(
  figures: SweepFigures,
  theme: ThemeName = 'dark',
  width = slideWidth,
  notes: readonly string[] = [],
): string {
  const slide = new Slide(theme);
  const colours = slide.theme;
  const title = `Speed-up against worker threads, on ${figures.cores} cores`;
  slide.title(title);
  slide.text(
    slideMargin,
    116,
    `cpu workload, hybrid · every point measured · Amdahl's law from the measured serial fraction${
      figures.serialFraction === null ? '' : ` (${figures.serialFraction.toFixed(3)})`
    }`,
    {size: 26, colour: colours.muted},
    slideWidth - 2 * slideMargin,
  );

  // The legend, above the plot: nothing is drawn across it.
  // The brew's and the order's colours of the theme: 3:1 or more on its background.
  const measuredColour = slide.steps.brew;
  const amdahlColour = slide.steps.order;
  const legend: Array<[string, string, string]> = [
    [measuredColour, '', 'measured speed-up'],
    [colours.muted, '10 8', idealLegend],
    [amdahlColour, '', "Amdahl's law"],
  ];
  let lx = slideMargin;
  let ly = 160;
  for (const [colour, dash, label] of legend) {
    const itemWidth = 56 + textWidth(label, smallestText);
    if (lx > slideMargin && lx + itemWidth > slideWidth - slideMargin) {
      lx = slideMargin;
      ly += 40;
    }
    slide.push(
      `<line class="legend-line" x1="${lx}" x2="${lx + 44}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    );
    slide.text(lx + 56, ly + 8, label, {role: 'legend'});
    lx += itemWidth + 48;
  }

  // The sweep's notes (a busy machine, a disturbed baseline), whole, under the legend.
  const columns = Math.floor((slideWidth - 2 * slideMargin) / (smallestText * 0.6));
  for (const line of notes.flatMap((note) => wrapWords(`note: ${note}`, columns))) {
    ly += 36;
    slide.text(slideMargin, ly + 8, line, {role: 'note'});
  }

  const left = slideMargin + 100;
  const right = slideWidth - slideMargin - 20;
  const top = ly + 48;
  const bottom = slideHeight - 110;
  const plotWidth = right - left;
  const plotHeight = bottom - top;
  const maxWorkers = Math.max(1, ...figures.points.map((p) => p.workers));
  const idealEnd = Math.min(figures.cores, maxWorkers);
  const highest = Math.max(
    1,
    idealEnd,
    ...figures.points.map((p) => Math.max(p.speedup, p.amdahl ?? 0)),
  );
  // Headroom above the highest point, on a whole tick.
  const yStep = highest <= 4 ? 0.5 : Math.ceil(highest / 8);
  const maxSpeedup = Math.ceil((highest * 1.05) / yStep) * yStep;
  const x = (workers: number) => left + ((workers - 1) / Math.max(1, maxWorkers - 1)) * plotWidth;
  const y = (speedup: number) => bottom - (speedup / maxSpeedup) * plotHeight;
  const path = (values: Array<[number, number]>) =>
    values
      .map(([w, s], i) => `${i === 0 ? 'M' : 'L'}${x(w).toFixed(1)},${y(s).toFixed(1)}`)
      .join(' ');

  for (let s = 0; s <= maxSpeedup + 1e-9; s += yStep) {
    slide.push(
      `<line x1="${left}" x2="${right}" y1="${y(s)}" y2="${y(s)}" stroke="${colours.grid}"/>`,
    );
    slide.text(left - 14, y(s) + 8, `${Number(s.toFixed(2))}×`, {
      anchor: 'end',
      colour: colours.muted,
    });
  }
  for (const point of figures.points)
    slide.text(x(point.workers), bottom + 36, String(point.workers), {
      anchor: 'middle',
      colour: colours.muted,
    });
  slide.text(left + plotWidth / 2, slideHeight - 28, 'worker threads', {
    anchor: 'middle',
    colour: colours.muted,
  });
  if (figures.cores < maxWorkers) {
    const cx = x(figures.cores);
    slide.push(
      `<line class="cores" x1="${cx}" x2="${cx}" y1="${top}" y2="${bottom}" stroke="${colours.muted}" stroke-width="2" stroke-dasharray="4 6"/>`,
    );
    slide.text(cx + 12, bottom - 16, 'more threads than cores →', {colour: colours.muted});
  }
  slide.push(
    `<path class="ideal" d="${path([
      [1, 1],
      [idealEnd, idealEnd],
    ])}" fill="none" stroke="${colours.muted}" stroke-width="3" stroke-dasharray="10 8"/>`,
  );
  const amdahl = figures.points.flatMap((p): Array<[number, number]> =>
    p.amdahl === null ? [] : [[p.workers, p.amdahl]],
  );
  if (amdahl.length > 1)
    slide.push(
      `<path class="amdahl" d="${path(amdahl)}" fill="none" stroke="${amdahlColour}" stroke-width="4"/>`,
    );
  const measured = figures.points.map((p): [number, number] => [p.workers, p.speedup]);
  slide.push(
    `<path class="measured" d="${path(measured)}" fill="none" stroke="${measuredColour}" stroke-width="5"/>`,
  );
  for (const point of figures.points)
    slide.push(
      `<circle cx="${x(point.workers).toFixed(1)}" cy="${y(point.speedup).toFixed(1)}" r="8" fill="${measuredColour}"><title>${point.workers} workers: ${point.speedup.toFixed(2)}× (${(point.makespanMs / 1000).toFixed(3)} s)</title></circle>`,
    );
  return slide.svg(title, width);
}
