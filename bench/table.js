/**
 * The one table of figures: rows that benchmarks return, checked against their
 * targets, printed as text for the terminal, as markdown for the README, or as JSON.
 *
 * A row: {id, figure, value (number or null), unit, digits, range?: [min, max],
 * reps?, target?: {op: '<=' | '>=', value, text?}, display? (replaces the value,
 * e.g. "n/a (needs the dashboard)"), atLeast? (a bound in the row's unit when the
 * measurement timed out), note?}.
 */

const tightUnits = new Set(['×', '%']);

/** A number with its unit: "1.87×", "12.3 ms". */
export function formatValue(value, unit = '', digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  if (value === Number.POSITIVE_INFINITY) return '∞';
  const number = value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  if (!unit) return number;
  return tightUnits.has(unit) ? `${number}${unit}` : `${number} ${unit}`;
}

/** The target as written beside a figure: "≤ 1.6 s". */
export function targetText(row) {
  if (!row.target) return '';
  if (row.target.text) return row.target.text;
  const sign = row.target.op === '<=' ? '≤' : '≥';
  return `${sign} ${formatValue(row.target.value, row.unit, row.digits ?? 2)}`;
}

/**
 * "met", "missed", or "" when there is no target or no figure. A row that timed
 * out has no figure but a bound (`atLeast`): it misses an upper target it passed.
 */
export function verdict(row) {
  if (row.target && typeof row.atLeast === 'number')
    return row.target.op === '<=' && row.atLeast > row.target.value ? 'missed' : '';
  if (!row.target || row.value === null || row.value === undefined || row.display) return '';
  if (Number.isNaN(row.value)) return '';
  const met =
    row.target.op === '<=' ? row.value <= row.target.value : row.value >= row.target.value;
  return met ? 'met' : 'missed';
}

/** The cells of one row, in the order of `columns`. */
export function rowCells(row) {
  const digits = row.digits ?? 2;
  const range = row.range
    ? `${formatValue(row.range[0], '', digits)}–${formatValue(row.range[1], row.unit, digits)}`
    : '';
  return [
    String(row.id),
    row.figure,
    row.display ?? formatValue(row.value, row.unit, digits),
    range,
    row.reps ? String(row.reps) : '',
    targetText(row),
    verdict(row),
    row.note ?? '',
  ];
}

export const columns = ['#', 'figure', 'median', 'range', 'n', 'target', 'verdict', 'note'];

/** A plain-text table with aligned columns (columns that are empty in every row left out). */
export function textTable(rows) {
  const cells = rows.map(rowCells);
  const used = columns.map((_, c) => c < 3 || cells.some((row) => row[c] !== ''));
  const keep = (row) => row.filter((_, c) => used[c]);
  const header = keep(columns);
  const body = cells.map(keep);
  const widths = header.map((title, c) =>
    Math.max([...title].length, ...body.map((row) => [...row[c]].length)),
  );
  const line = (row) =>
    row
      .map((cell, c) =>
        c === row.length - 1 ? cell : cell + ' '.repeat(widths[c] - [...cell].length),
      )
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...body.map(line)].join('\n');
}

const escapeMarkdown = (cell) => cell.replaceAll('|', '\\|');

/** A markdown table (GitHub flavour), for the README. */
export function markdownTable(rows) {
  const body = rows.map((row) => rowCells(row).map(escapeMarkdown));
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(columns), line(columns.map(() => '---')), ...body.map(line)].join('\n');
}

/** The table as a JSON document: the machine, then every row with its verdict. */
export function jsonDocument(machine, rows) {
  return JSON.stringify(
    {
      machine,
      rows: rows.map((row) => ({
        ...row,
        targetText: targetText(row) || null,
        verdict: verdict(row) || null,
      })),
    },
    null,
    2,
  );
}
