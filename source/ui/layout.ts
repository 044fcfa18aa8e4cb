/** The smallest terminal the dashboard draws in; below it a message asks for more room. */
export const minColumns = 60;
export const minRows = 16;

/**
 * Rows the dashboard spends on everything but lanes: header, axis, loop, in
 * progress and at once (2), figures (2), explanation (2), key bar.
 */
export const fixedRows = 10;

export type LaneLayout = {
  /** Customer lanes drawn, and how many more are summarised in one `+N more` row. */
  customerRows: number;
  customersHidden: number;
  baristaRows: number;
  baristasHidden: number;
  nameWidth: number;
  drinkWidth: number;
  statusWidth: number;
  /** Columns of the lanes' time axis. */
  laneColumns: number;
};

export const tooSmall = (columns: number, rows: number): boolean =>
  columns < minColumns || rows < minRows;

/** Rows split between `count` lanes and one `+N more` row when they do not all fit. */
function fit(count: number, rows: number): {shown: number; hidden: number} {
  if (count <= rows) return {shown: count, hidden: 0};
  const shown = Math.max(0, rows - 1);
  return {shown, hidden: count - shown};
}

/**
 * Where the dashboard's lanes go in a terminal of `columns` × `rows`. The frame
 * stays one row short of the terminal (a frame as tall as the terminal makes Ink
 * clear the screen on every frame).
 */
export function laneLayout(
  columns: number,
  rows: number,
  customers: number,
  baristas: number,
  longestName: number,
): LaneLayout {
  const laneRows = Math.max(2, rows - 1 - fixedRows);
  let baristaBudget = baristas;
  if (customers + baristas > laneRows) {
    baristaBudget = Math.min(baristas, Math.max(1, Math.floor(laneRows * 0.4)));
  }
  const customerBudget = Math.max(1, laneRows - baristaBudget);
  const c = fit(customers, customerBudget);
  const b = fit(baristas, laneRows - (c.shown + (c.hidden > 0 ? 1 : 0)));
  const nameWidth = Math.min(10, Math.max(4, longestName));
  const drinkWidth = columns >= 100 ? 12 : 9;
  const statusWidth = 16;
  return {
    customerRows: c.shown,
    customersHidden: c.hidden,
    baristaRows: b.shown,
    baristasHidden: b.hidden,
    nameWidth,
    drinkWidth,
    statusWidth,
    laneColumns: Math.max(10, columns - nameWidth - drinkWidth - statusWidth - 3),
  };
}

/** Words wrapped into at most `maxLines` lines of `width`; the last line cut with `…` if needed. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  const kept = lines.slice(0, maxLines).map((l) => (l.length > width ? l.slice(0, width) : l));
  if (lines.length > maxLines && kept.length > 0) {
    const last = kept[kept.length - 1]!;
    kept[kept.length - 1] = (last.length >= width ? last.slice(0, width - 1) : last) + '…';
  }
  return kept;
}

/** `text` cut or padded to exactly `width` characters. */
export const fitText = (text: string, width: number): string =>
  text.length > width
    ? width > 1
      ? text.slice(0, width - 1) + '…'
      : text.slice(0, width)
    : text.padEnd(width);
