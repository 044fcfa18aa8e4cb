import type {SweepFigures} from '../timeline/amdahl.js';

/**
 * The sweep as a text chart: one row per worker count, the measured speed-up as
 * a bar, `│` where the ideal line is (up to the cores: more threads than cores
 * cannot be faster still) and `◆` where Amdahl's law puts it.
 */
export function sweepChart(figures: SweepFigures, width = 48): string[] {
  const top = Math.max(
    1,
    ...figures.points.map((p) =>
      Math.max(p.workers <= figures.cores ? p.ideal : 0, p.speedup, p.amdahl ?? 0),
    ),
  );
  const topText = String(Number(top.toFixed(2)));
  const column = (value: number) => Math.min(width - 1, Math.round((value / top) * (width - 1)));
  const lines = [
    `workers  makespan  speed-up  0×${' '.repeat(Math.max(1, width - 4 - topText.length))}${topText}×`,
  ];
  for (const point of figures.points) {
    const row: string[] = Array.from({length: width}, (_, i) =>
      i < column(point.speedup) ? '█' : ' ',
    );
    if (point.workers <= figures.cores) row[column(point.ideal)] = '│';
    if (point.amdahl !== null) row[column(point.amdahl)] = '◆';
    lines.push(
      `${String(point.workers).padStart(7)}  ${(point.makespanMs / 1000).toFixed(3).padStart(7)}s  ${point.speedup.toFixed(2).padStart(7)}×  ${row.join('').trimEnd()}`,
    );
    if (point.workers === figures.cores && figures.points.at(-1)!.workers > figures.cores) {
      lines.push(
        `${' '.repeat(29)}${'─'.repeat(6)} more threads than cores below ${'─'.repeat(6)}`,
      );
    }
  }
  lines.push(
    '',
    `█ measured   │ ideal (w workers, w×, up to the cores)   ◆ Amdahl's law${
      figures.serialFraction === null
        ? ''
        : ` (serial fraction ${figures.serialFraction.toFixed(3)}, measured at ${figures.fitAt} workers, on min(w, ${figures.cores} cores))`
    }`,
  );
  return lines;
}
