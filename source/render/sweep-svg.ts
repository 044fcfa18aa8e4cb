import type {SweepFigures} from '../timeline/amdahl.js';
import type {ThemeName} from '../protocol/vocabulary.js';
import {okabeIto, themeColours} from './svg-theme.js';
import {escapeXml} from './xml.js';

/**
 * The thread sweep as a picture for a slide: the measured speed-up against the
 * number of worker threads, the ideal line, Amdahl's law from the measured serial
 * fraction, and where the cores end. A pure function of the measured figures.
 */
export function sweepSvg(figures: SweepFigures, theme: ThemeName = 'dark', width = 1200): string {
  const colours = themeColours[theme];
  const height = Math.round(width * 0.56);
  const left = 90;
  const right = 40;
  const top = 90;
  const bottom = 80;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const maxWorkers = Math.max(1, ...figures.points.map((p) => p.workers));
  const maxSpeedup = Math.max(1, ...figures.points.map((p) => Math.max(p.ideal, p.speedup)));
  const x = (workers: number) => left + ((workers - 1) / Math.max(1, maxWorkers - 1)) * plotWidth;
  const y = (speedup: number) => top + plotHeight - (speedup / maxSpeedup) * plotHeight;
  const path = (values: Array<[number, number]>) =>
    values
      .map(([w, s], i) => `${i === 0 ? 'M' : 'L'}${x(w).toFixed(1)},${y(s).toFixed(1)}`)
      .join(' ');
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">`,
    `<rect width="100%" height="100%" fill="${colours.background}"/>`,
    `<text x="${left}" y="40" font-size="26" font-weight="bold" fill="${colours.text}">Speed-up against worker threads, on ${figures.cores} cores</text>`,
    `<text x="${left}" y="66" font-size="15" fill="${colours.muted}">brewlanes sweep · cpu workload, hybrid · every point measured · Amdahl's law from the measured serial fraction${
      figures.serialFraction === null ? '' : ` (${figures.serialFraction.toFixed(3)})`
    }</text>`,
  );
  const yStep = maxSpeedup <= 4 ? 0.5 : Math.ceil(maxSpeedup / 8);
  for (let s = 0; s <= maxSpeedup + 1e-9; s += yStep) {
    out.push(
      `<line x1="${left}" x2="${width - right}" y1="${y(s)}" y2="${y(s)}" stroke="${colours.grid}"/>`,
      `<text x="${left - 10}" y="${y(s) + 5}" font-size="14" text-anchor="end" fill="${colours.muted}">${Number(s.toFixed(2))}×</text>`,
    );
  }
  for (const point of figures.points) {
    out.push(
      `<text x="${x(point.workers)}" y="${top + plotHeight + 24}" font-size="14" text-anchor="middle" fill="${colours.muted}">${point.workers}</text>`,
    );
  }
  out.push(
    `<text x="${left + plotWidth / 2}" y="${height - 20}" font-size="15" text-anchor="middle" fill="${colours.muted}">worker threads</text>`,
  );
  if (figures.cores < maxWorkers) {
    const cx = x(figures.cores);
    out.push(
      `<line x1="${cx}" x2="${cx}" y1="${top}" y2="${top + plotHeight}" stroke="${colours.muted}" stroke-dasharray="4 6"/>`,
      `<text x="${cx + 8}" y="${top + plotHeight - 12}" font-size="14" fill="${colours.muted}">more threads than cores →</text>`,
    );
  }
  const ideal = figures.points.map((p): [number, number] => [p.workers, p.ideal]);
  out.push(
    `<path d="${path(ideal)}" fill="none" stroke="${colours.muted}" stroke-width="2" stroke-dasharray="8 6"/>`,
  );
  const amdahl = figures.points.flatMap((p): Array<[number, number]> =>
    p.amdahl === null ? [] : [[p.workers, p.amdahl]],
  );
  if (amdahl.length > 1) {
    out.push(
      `<path d="${path(amdahl)}" fill="none" stroke="${okabeIto.skyBlue}" stroke-width="3"/>`,
    );
  }
  const measured = figures.points.map((p): [number, number] => [p.workers, p.speedup]);
  out.push(
    `<path d="${path(measured)}" fill="none" stroke="${okabeIto.orange}" stroke-width="4"/>`,
  );
  for (const point of figures.points) {
    out.push(
      `<circle cx="${x(point.workers)}" cy="${y(point.speedup)}" r="6" fill="${okabeIto.orange}"><title>${point.workers} workers: ${point.speedup.toFixed(2)}× (${(point.makespanMs / 1000).toFixed(3)} s)</title></circle>`,
    );
  }
  const legend: Array<[string, string, string]> = [
    [okabeIto.orange, '', 'measured speed-up'],
    [colours.muted, '8 6', 'ideal: w threads, w× as fast'],
    [okabeIto.skyBlue, '', "Amdahl's law"],
  ];
  legend.forEach(([colour, dash, label], i) => {
    const lx = left + 20 + i * 300;
    const ly = top + 20;
    out.push(
      `<line x1="${lx}" x2="${lx + 36}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="4"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      `<text x="${lx + 46}" y="${ly + 5}" font-size="15" fill="${colours.text}">${escapeXml(label)}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
