import {escapeXml} from './xml.js';

/** One character cell of a terminal screen, with the colours it was drawn in (`#rrggbb` or null). */
export type ScreenCell = {
  char: string;
  fg: string | null;
  bg: string | null;
  bold: boolean;
  inverse: boolean;
  dim: boolean;
};

/** A terminal screen at one moment: rows of cells. */
export type Screen = ScreenCell[][];

export type AnimatedSvgOptions = {
  /** Frames per second the screens were sampled at. */
  fps: number;
  columns: number;
  rows: number;
  title?: string;
};

const charWidth = 8.4;
const lineHeight = 18;
const pad = 12;
const background = '#1b1b1f';
const foreground = '#e6e6e6';

const sameStyle = (a: ScreenCell, b: ScreenCell): boolean =>
  a.fg === b.fg && a.bg === b.bg && a.bold === b.bold && a.inverse === b.inverse && a.dim === b.dim;

/** A glyph outside ASCII stands alone, so a fallback font for it cannot stretch its neighbours. */
const standsAlone = (char: string): boolean => (char.codePointAt(0) ?? 0) > 0x7e;

/** The SVG elements of one row at `y`: runs of cells of one style, blank runs left out. */
export function rowSvg(row: readonly ScreenCell[], y: number): string {
  const out: string[] = [];
  let x = 0;
  while (x < row.length) {
    const start = x;
    const style = row[x]!;
    let text = '';
    while (x < row.length && sameStyle(row[x]!, style)) {
      if (text !== '' && (standsAlone(row[x]!.char) || standsAlone(text[0]!))) break;
      text += row[x]!.char;
      x++;
    }
    if (text.trim() === '' && !style.inverse && !style.bg) continue;
    const px = +(pad + start * charWidth).toFixed(1);
    const py = pad + y * lineHeight;
    const width = +(text.length * charWidth).toFixed(1);
    const colour = style.fg ?? foreground;
    if (style.inverse || style.bg) {
      const fill = style.inverse ? colour : style.bg!;
      out.push(
        `<rect x="${px}" y="${py}" width="${width}" height="${lineHeight}" fill="${fill}"/>`,
      );
    }
    const fill = style.inverse ? (style.bg ?? background) : colour;
    const weight = `${style.bold ? ' font-weight="bold"' : ''}${style.dim ? ' opacity="0.7"' : ''}`;
    // One text per word at its own column: no renderer can collapse or stretch the spaces.
    for (const word of text.matchAll(/\S+/g)) {
      const wx = +(px + word.index * charWidth).toFixed(1);
      const ww = +(word[0].length * charWidth).toFixed(1);
      out.push(
        `<text x="${wx}" y="${py + 14}" textLength="${ww}" lengthAdjust="spacingAndGlyphs" fill="${fill}"${weight}>${escapeXml(word[0])}</text>`,
      );
    }
  }
  return out.join('');
}

/** A row's identity for "did it change": its characters and styles. */
const rowKey = (row: readonly ScreenCell[]): string =>
  row
    .map((c) => `${c.char}${c.fg ?? ''}${c.bg ?? ''}${+c.bold}${+c.inverse}${+c.dim}`)
    .join('\u0000');

/** A row as drawn from frame `from` until frame `to` (exclusive). */
export type RowSpan = {y: number; from: number; to: number; row: readonly ScreenCell[]};

/** Each row's versions over the frames: a new span only where the row changed. */
export function rowSpans(frames: readonly Screen[], rows: number): RowSpan[] {
  const spans: RowSpan[] = [];
  for (let y = 0; y < rows; y++) {
    let open: (RowSpan & {key: string}) | null = null;
    frames.forEach((frame, index) => {
      const row = frame[y] ?? [];
      const key = rowKey(row);
      if (open && open.key === key) return;
      if (open) spans.push({y, from: open.from, to: index, row: open.row});
      open = {y, from: index, to: frames.length, row, key};
    });
    const last = open as (RowSpan & {key: string}) | null;
    if (last) spans.push({y, from: last.from, to: frames.length, row: last.row});
  }
  return spans;
}

/**
 * The sampled screens of a recording as one animated SVG: each row's versions
 * are drawn once and shown in turn (SMIL `visibility`, discrete), so an unchanged
 * row costs nothing per frame. Loops forever; `fps` sets the pace.
 */
export function animatedSvg(frames: readonly Screen[], options: AnimatedSvgOptions): string {
  const {columns, rows, fps} = options;
  const total = Math.max(1, frames.length);
  const duration = +(total / fps).toFixed(3);
  const width = +(columns * charWidth + 2 * pad).toFixed(1);
  const height = rows * lineHeight + 2 * pad;
  const at = (frame: number) => +(frame / total).toFixed(5);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
  ];
  if (options.title) out.push(`<title>${escapeXml(options.title)}</title>`);
  out.push(`<rect width="100%" height="100%" rx="8" fill="${background}"/>`);
  out.push(
    `<g font-family="'DejaVu Sans Mono', 'Menlo', 'Consolas', monospace" font-size="14" xml:space="preserve" style="white-space:pre">`,
  );
  for (const span of rowSpans(frames, rows)) {
    const body = rowSvg(span.row, span.y);
    if (body === '') continue;
    if (span.from === 0 && span.to === total) {
      out.push(`<g>${body}</g>`);
      continue;
    }
    const steps: Array<[string, number]> = [];
    if (span.from > 0) steps.push(['hidden', 0]);
    steps.push(['visible', at(span.from)]);
    if (span.to < total) steps.push(['hidden', at(span.to)]);
    const values = steps.map(([value]) => value);
    const times = steps.map(([, time]) => time);
    out.push(
      `<g visibility="${span.from === 0 ? 'visible' : 'hidden'}"><animate attributeName="visibility" values="${values.join(';')}" keyTimes="${times.join(';')}" calcMode="discrete" dur="${duration}s" repeatCount="indefinite"/>${body}</g>`,
    );
  }
  out.push('</g></svg>');
  return out.join('\n') + '\n';
}
