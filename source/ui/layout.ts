/** The smallest terminal the dashboard draws in; below it a message asks for more room. */
export const minColumns = 60;
export const minRows = 16;

/**
 * Rows the dashboard spends on everything but lanes: header, axis, loop, in
 * progress and at once (2), figures (2), explanation (2), key bar.
 */
export const fixedRows = 10;

/** Rows outside a view's body: header, explanation (2), key bar; and one spare so Ink never clears the screen. */
export const chromeRows = 5;

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
  /** Columns left of the lanes: the name and drink (side by side, or stacked), then one space. */
  titleWidth: number;
  /** Rows each customer and barista lane takes: 1, or 2–3 (a thicker bar) where rows are free. */
  laneHeight: number;
  /** The name and the drink on rows of their own (lanes 2 or more rows tall). */
  stackedTitles: boolean;
  /** A faint row under each customer lane for the previous run of the same customers. */
  ghostRows: boolean;
  /** The previous run's barista lanes, faint, under the barista lanes. */
  ghostBaristaRows: boolean;
};

export const tooSmall = (columns: number, rows: number): boolean =>
  columns < minColumns || rows < minRows;

/** Rows split between `count` lanes and one `+N more` row when they do not all fit. */
function fit(count: number, rows: number): {shown: number; hidden: number} {
  if (count <= rows) return {shown: count, hidden: 0};
  const shown = Math.max(0, rows - 1);
  return {shown, hidden: count - shown};
}

/** The status column: wide enough for `0.5 now, peak 0.5` and `brewing` a short name. */
const statusWidth = 17;
const drinkWidthFor = (columns: number): number => (columns >= 100 ? 12 : 9);
const nameWidthFor = (longestName: number): number => Math.min(10, Math.max(4, longestName));

/** One row per lane, the title's name and drink side by side; summarised when they do not fit `laneRows`. */
function oneRowLayout(
  columns: number,
  laneRows: number,
  customers: number,
  baristas: number,
  longestName: number,
  ghostRows = false,
): LaneLayout {
  let baristaBudget = baristas;
  if (customers + baristas > laneRows) {
    baristaBudget = Math.min(baristas, Math.max(1, Math.floor(laneRows * 0.4)));
  }
  const customerBudget = Math.max(1, laneRows - baristaBudget);
  const c = fit(customers, customerBudget);
  const b = fit(baristas, laneRows - (c.shown + (c.hidden > 0 ? 1 : 0)));
  const nameWidth = nameWidthFor(longestName);
  const drinkWidth = drinkWidthFor(columns);
  const titleWidth = nameWidth + 1 + drinkWidth;
  return {
    customerRows: c.shown,
    customersHidden: c.hidden,
    baristaRows: b.shown,
    baristasHidden: b.hidden,
    nameWidth,
    drinkWidth,
    statusWidth,
    laneColumns: Math.max(10, columns - titleWidth - statusWidth - 2),
    titleWidth,
    laneHeight: 1,
    stackedTitles: false,
    ghostRows,
    ghostBaristaRows: false,
  };
}

/**
 * Where the dashboard's lanes go in a terminal of `columns` × `rows`. The frame
 * stays one row short of the terminal (a frame as tall as the terminal makes Ink
 * clear the screen on every frame). One row per lane: `growingLaneLayout` gives
 * the dashboard thicker lanes where rows are free.
 */
export function laneLayout(
  columns: number,
  rows: number,
  customers: number,
  baristas: number,
  longestName: number,
): LaneLayout {
  return oneRowLayout(columns, Math.max(2, rows - 1 - fixedRows), customers, baristas, longestName);
}

/** The tallest a lane grows: a bar three rows thick reads from the back of a room. */
export const maxLaneHeight = 3;

export type LaneCounts = {
  customers: number;
  /** Barista lanes (each as tall as a customer's). */
  baristas: number;
  /** A close-up row under the barista lanes (always one row). */
  closeUp: boolean;
  longestName: number;
  /** A ghost row under each customer lane (the previous run, faint). */
  ghost: boolean;
  /** Rows of the ghost's barista lanes (as many as the previous run had, or the run shown). */
  ghostBaristas?: number;
};

/**
 * The lanes in `laneRows` rows: with few lanes each grows to 2 or 3 rows (the bar
 * thicker, the drink on a row of its own under the name, which leaves the lanes
 * more columns); with many, one row each, summarised as `+N more` when they do not
 * fit (the ghost rows are the first to go).
 */
export function growingLaneLayout(
  columns: number,
  laneRows: number,
  counts: LaneCounts,
  tallest = maxLaneHeight,
): LaneLayout {
  const {customers, baristas, closeUp, longestName, ghost} = counts;
  const ghostBaristas = ghost ? (counts.ghostBaristas ?? 0) : 0;
  const extra = closeUp ? 1 : 0;
  for (let height = Math.min(tallest, maxLaneHeight); height >= 2; height--) {
    const needed =
      customers * (height + (ghost ? 1 : 0)) + baristas * height + ghostBaristas + extra;
    if (needed > laneRows) continue;
    const titleWidth = columns >= 100 ? 18 : 13;
    return {
      customerRows: customers,
      customersHidden: 0,
      baristaRows: baristas + extra,
      baristasHidden: 0,
      nameWidth: titleWidth,
      drinkWidth: titleWidth,
      statusWidth,
      laneColumns: Math.max(10, columns - titleWidth - statusWidth - 2),
      titleWidth,
      laneHeight: height,
      stackedTitles: true,
      ghostRows: ghost,
      ghostBaristaRows: ghostBaristas > 0,
    };
  }
  if (!ghost)
    return oneRowLayout(columns, Math.max(2, laneRows), customers, baristas + extra, longestName);
  if (customers * 2 + baristas + extra + ghostBaristas <= laneRows && ghostBaristas > 0)
    return {
      ...oneRowLayout(
        columns,
        laneRows - customers - ghostBaristas,
        customers,
        baristas + extra,
        longestName,
        true,
      ),
      ghostBaristaRows: true,
    };
  if (customers * 2 + baristas + extra <= laneRows)
    return oneRowLayout(
      columns,
      laneRows - customers,
      customers,
      baristas + extra,
      longestName,
      true,
    );
  // With the ghost on and too few rows: fewer customers, each with its ghost, the rest summarised.
  const baristaRows = Math.min(baristas + extra, Math.max(1, Math.floor(laneRows * 0.3)));
  const pairs = Math.max(1, Math.floor((laneRows - baristaRows - 1) / 2));
  const layout = oneRowLayout(columns, laneRows, customers, baristas + extra, longestName, true);
  const shown = Math.min(customers, pairs);
  // A `+N more baristas` row takes the place of a barista's.
  const baristasShown =
    baristas + extra <= baristaRows ? baristas + extra : Math.max(0, baristaRows - 1);
  return {
    ...layout,
    customerRows: shown,
    customersHidden: customers - shown,
    baristaRows: baristasShown,
    baristasHidden: baristas + extra - baristasShown,
  };
}

/**
 * A line as rows of `width`: whole when it fits (its spacing kept: a table or a
 * chart row stays aligned), else broken at the last space that fits (or at the
 * width, in a word longer than a row), however many rows it takes.
 */
export function breakLine(line: string, width: number): string[] {
  const rows: string[] = [];
  let rest = line;
  while (rest.length > width && width > 0) {
    const space = rest.lastIndexOf(' ', width);
    const cut = space > 0 ? space : width;
    rows.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).replace(/^ +/, '');
  }
  rows.push(rest);
  return rows;
}

/** Words wrapped into lines of `width`, however many it takes (a word longer than a line is cut with `…`). */
export function wrapAll(text: string, width: number): string[] {
  return wrapText(text, width, Number.MAX_SAFE_INTEGER);
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
  const kept = lines
    .slice(0, maxLines)
    .map((l) => (l.length > width ? l.slice(0, Math.max(0, width - 1)) + '…' : l));
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
