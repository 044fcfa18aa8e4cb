// Ink 6.8.0's build/output.js, with two changes, bundled in its place
// (patches/ink/plugin.js). Why: a dashboard frame was mostly this class composing
// every cell of the screen again, unchanged rows too (issue 14), and Ink offers no
// option for it. The string it returns is the same, character for character
// (test/ink-patch/output.test.ts runs it against Ink's own on the same writes):
//
// 1. The caches live across frames, not one frame: two generations (this frame's
//    and the last one's), so a line seen in the last frame is not tokenised again
//    and memory stays bounded by two frames' lines.
// 2. Composing is row by row, and a row whose writes (after clipping and the
//    transformers) are the same as that row's in the last frame of the same width
//    is taken whole from it. Rows are independent in Ink's composition (a write's
//    line i lands on row y + i and nowhere else), so that is the row Ink would
//    compose again.
// 3. A row whose lines are all one cell a character (no wide characters) is
//    written from its lines' text, not cell by cell: each line keeps, with its
//    styled characters, the text Ink writes for them (the codes between two
//    neighbours, then the character), so a row is its visible parts sliced from
//    those texts, joined by the codes Ink writes where two parts meet or a gap
//    begins. Other rows are composed cell by cell, as Ink did.
// 4. A line made of SGR colour codes and characters that are each a grapheme of
//    their own (checked once per character with Intl.Segmenter and the tokenizer
//    itself) is tokenised without the segmenter: each code is the tokenizer's own
//    tokens for it (kept), each character one token. Other lines go to the
//    tokenizer whole.
//
// Everything else is Ink's code as it was, kept in its order.
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';
import {
  ansiCodesToString,
  diffAnsiCodes,
  reduceAnsiCodesIncremental,
  styledCharsFromTokens,
  styledCharsToString,
  tokenize,
} from '@alcalzone/ansi-tokenize';

/** A character's code unit → whether it is a one-cell grapheme of its own (1), or not (2); 0 unknown. */
const simpleUnits = new Uint8Array(0x10000);
const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const graphemes = (text) => [...segmenter.segment(text)].length;

/**
 * Whether a code unit is a character the tokenizer turns into one narrow char
 * token whatever stands beside it: printable (no C0 or C1 control), not half of a
 * surrogate pair, a grapheme break before and after it (beside a letter and
 * beside itself: no mark, joiner, prepend, Hangul jamo or regional indicator).
 */
function isSimpleUnit(unit) {
  let known = simpleUnits[unit];
  if (known === 0) {
    const char = String.fromCharCode(unit);
    const tokens = tokenize(char);
    const simple =
      unit >= 0x20 &&
      !(unit >= 0x7f && unit <= 0x9f) &&
      !(unit >= 0xd800 && unit <= 0xdfff) &&
      graphemes(`a${char}`) === 2 &&
      graphemes(`${char}a`) === 2 &&
      graphemes(`${char}${char}`) === 2 &&
      tokens.length === 1 &&
      tokens[0].type === 'char' &&
      tokens[0].value === char &&
      tokens[0].fullWidth === false;
    known = simple ? 1 : 2;
    simpleUnits[unit] = known;
  }
  return known === 1;
}

/** An SGR sequence's tokens, as the tokenizer makes them (a frame uses a few codes many times). */
const sgrTokens = new Map();

/**
 * `line`'s styled characters as styledCharsFromTokens(tokenize(line)) makes them,
 * when the line holds only SGR sequences (ESC [ digits and semicolons m) and
 * simple characters; undefined otherwise. A character's styles are the codes in
 * force (the same array for characters under the same codes: nothing writes to it).
 */
function simpleStyledChars(line) {
  const chars = [];
  let codes = [];
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    if (unit === 0x1b) {
      if (line.charCodeAt(i + 1) !== 0x5b) return undefined;
      let end = i + 2;
      for (; end < line.length; end++) {
        const c = line.charCodeAt(end);
        if (!(c === 0x3b || (c >= 0x30 && c <= 0x39))) break;
      }
      if (line.charCodeAt(end) !== 0x6d) return undefined;
      const sequence = line.slice(i, end + 1);
      let tokens = sgrTokens.get(sequence);
      if (tokens === undefined) {
        tokens = tokenize(sequence);
        if (tokens.some((token) => token.type !== 'ansi')) return undefined;
        if (sgrTokens.size < 1000) sgrTokens.set(sequence, tokens);
      }
      for (const token of tokens) codes = reduceAnsiCodesIncremental(codes, [token]);
      i = end;
      continue;
    }
    if (!isSimpleUnit(unit)) return undefined;
    chars.push({type: 'char', value: line[i], fullWidth: false, styles: codes});
  }
  return chars;
}

/** The codes Ink writes between a character styled `from` and the next one styled `to`. */
const codesBetween = (from, to) =>
  from.length === 0 && to.length === 0 ? '' : ansiCodesToString(diffAnsiCodes(from, to));

/**
 * A line's styled characters and, once asked for, the text styledCharsToString
 * writes for them without its first codes and last reset: each character's
 * value after the codes that lead to its style from the one before it.
 */
class StyledLine {
  constructor(chars) {
    this.chars = chars;
    this.text = undefined;
    this.narrow = undefined;
  }
  /** Every character takes one cell (Ink gives a character at least one). */
  isNarrow(caches) {
    if (this.narrow === undefined)
      this.narrow = this.chars.every((char) => caches.getStringWidth(char.value) <= 1);
    return this.narrow;
  }
  /** Characters from..to-1 as Ink writes them, from the first's value to the last's. */
  slice(from, to) {
    if (this.text === undefined) {
      const {chars} = this;
      let text = '';
      // valueAt[i]: where character i's value starts; codesAt[i]: where the codes before it start.
      this.valueAt = new Array(chars.length);
      this.codesAt = new Array(chars.length + 1);
      for (let i = 0; i < chars.length; i++) {
        this.codesAt[i] = text.length;
        if (i > 0) text += codesBetween(chars[i - 1].styles, chars[i].styles);
        this.valueAt[i] = text.length;
        text += chars[i].value;
      }
      this.codesAt[chars.length] = text.length;
      this.text = text;
    }
    return this.text.slice(this.valueAt[from], this.codesAt[to]);
  }
}

/** A map of this frame's entries that falls back on the last frame's (and keeps what it uses). */
class TwoFrameMap {
  current = new Map();
  previous = new Map();
  get(key) {
    let value = this.current.get(key);
    if (value === undefined) {
      value = this.previous.get(key);
      if (value !== undefined) this.current.set(key, value);
    }
    return value;
  }
  set(key, value) {
    this.current.set(key, value);
  }
  /** A new frame: what the last one did not use is dropped. */
  nextFrame() {
    this.previous = this.current;
    this.current = new Map();
  }
}

class OutputCaches {
  widths = new TwoFrameMap();
  blockWidths = new TwoFrameMap();
  styledChars = new TwoFrameMap();
  /** Row y's writes and the text composed from them, in the last frame of `width`. */
  rows = [];
  width = -1;
  nextFrame(width) {
    this.widths.nextFrame();
    this.blockWidths.nextFrame();
    this.styledChars.nextFrame();
    if (width !== this.width) {
      this.rows = [];
      this.width = width;
    }
  }
  getStyledLine(line) {
    let cached = this.styledChars.get(line);
    if (cached === undefined) {
      cached = new StyledLine(simpleStyledChars(line) ?? styledCharsFromTokens(tokenize(line)));
      this.styledChars.set(line, cached);
    }
    return cached;
  }
  getStyledChars(line) {
    return this.getStyledLine(line).chars;
  }
  getStringWidth(text) {
    let cached = this.widths.get(text);
    if (cached === undefined) {
      cached = stringWidth(text);
      this.widths.set(text, cached);
    }
    return cached;
  }
  getWidestLine(text) {
    let cached = this.blockWidths.get(text);
    if (cached === undefined) {
      let lineWidth = 0;
      for (const line of text.split('\n')) {
        lineWidth = Math.max(lineWidth, this.getStringWidth(line));
      }
      cached = lineWidth;
      this.blockWidths.set(text, cached);
    }
    return cached;
  }
}

/** The caches every Output shares: keyed by content, so any frame of any instance may use them. */
const sharedCaches = new OutputCaches();

/** Two lists of a row's writes ([x, line, x, line, …]) are the same. */
function sameWrites(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export default class Output {
  width;
  height;
  operations = [];
  caches = sharedCaches;
  constructor(options) {
    const {width, height} = options;
    this.width = width;
    this.height = height;
  }
  write(x, y, text, options) {
    const {transformers} = options;
    if (!text) {
      return;
    }
    this.operations.push({
      type: 'write',
      x,
      y,
      text,
      transformers,
    });
  }
  clip(clip) {
    this.operations.push({
      type: 'clip',
      clip,
    });
  }
  unclip() {
    this.operations.push({
      type: 'unclip',
    });
  }
  get() {
    this.caches.nextFrame(this.width);
    // Each row's writes, in order: [x, line, x, line, …] (Ink wrote them into cells here).
    const rows = [];
    for (let y = 0; y < this.height; y++) {
      rows.push([]);
    }
    const clips = [];
    for (const operation of this.operations) {
      if (operation.type === 'clip') {
        clips.push(operation.clip);
      }
      if (operation.type === 'unclip') {
        clips.pop();
      }
      if (operation.type === 'write') {
        const {text, transformers} = operation;
        let {x, y} = operation;
        let lines = text.split('\n');
        const clip = clips.at(-1);
        if (clip) {
          const clipHorizontally = typeof clip?.x1 === 'number' && typeof clip?.x2 === 'number';
          const clipVertically = typeof clip?.y1 === 'number' && typeof clip?.y2 === 'number';
          // If text is positioned outside of clipping area altogether,
          // skip to the next operation to avoid unnecessary calculations
          if (clipHorizontally) {
            const width = this.caches.getWidestLine(text);
            if (x + width < clip.x1 || x > clip.x2) {
              continue;
            }
          }
          if (clipVertically) {
            const height = lines.length;
            if (y + height < clip.y1 || y > clip.y2) {
              continue;
            }
          }
          if (clipHorizontally) {
            lines = lines.map((line) => {
              const from = x < clip.x1 ? clip.x1 - x : 0;
              const width = this.caches.getStringWidth(line);
              const to = x + width > clip.x2 ? clip.x2 - x : width;
              return sliceAnsi(line, from, to);
            });
            if (x < clip.x1) {
              x = clip.x1;
            }
          }
          if (clipVertically) {
            const from = y < clip.y1 ? clip.y1 - y : 0;
            const height = lines.length;
            const to = y + height > clip.y2 ? clip.y2 - y : height;
            lines = lines.slice(from, to);
            if (y < clip.y1) {
              y = clip.y1;
            }
          }
        }
        let offsetY = 0;
        for (let [index, line] of lines.entries()) {
          const row = rows[y + offsetY];
          // Line can be missing if `text` is taller than height of pre-initialized `this.output`
          if (!row) {
            continue;
          }
          for (const transformer of transformers) {
            line = transformer(line, index);
          }
          row.push(x, line);
          offsetY++;
        }
      }
    }
    const generatedRows = [];
    for (let y = 0; y < this.height; y++) {
      const writes = rows[y];
      const last = this.caches.rows[y];
      if (last !== undefined && sameWrites(last.writes, writes)) {
        generatedRows.push(last.text);
        continue;
      }
      const text = this.joinRow(writes) ?? this.composeRow(writes);
      this.caches.rows[y] = {writes, text};
      generatedRows.push(text);
    }
    return {
      output: generatedRows.join('\n'),
      height: this.height,
    };
  }
  /**
   * One row from its writes when every line is one cell a character and lies
   * within the row (x a whole number in 0..width): its visible parts (a later
   * write hides what it covers of an earlier one) joined left to right. null
   * otherwise: then `composeRow`.
   */
  joinRow(writes) {
    let parts = [];
    for (let i = 0; i < writes.length; i += 2) {
      const x = writes[i];
      const line = this.caches.getStyledLine(writes[i + 1]);
      if (!Number.isInteger(x) || x < 0 || !line.isNarrow(this.caches)) return null;
      const end = x + line.chars.length;
      if (end > this.width) return null;
      if (end === x) continue;
      const visible = [];
      for (const part of parts) {
        if (part.end <= x || part.x >= end) {
          visible.push(part);
          continue;
        }
        if (part.x < x) visible.push({x: part.x, end: x, line: part.line, from: part.from});
        if (part.end > end)
          visible.push({x: end, end: part.end, line: part.line, from: part.from + (end - part.x)});
      }
      visible.push({x, end, line, from: 0});
      parts = visible;
    }
    parts.sort((a, b) => a.x - b.x);
    let text = '';
    let styles = [];
    let cursor = 0;
    for (const part of parts) {
      if (part.x > cursor) {
        // A gap of Ink's blank cells (unstyled spaces).
        text += codesBetween(styles, []) + ' '.repeat(part.x - cursor);
        styles = [];
      }
      const to = part.from + (part.end - part.x);
      text +=
        codesBetween(styles, part.line.chars[part.from].styles) + part.line.slice(part.from, to);
      styles = part.line.chars[to - 1].styles;
      cursor = part.end;
    }
    text += codesBetween(styles, []) + ' '.repeat(this.width - cursor);
    return text.trimEnd();
  }
  /** One row from its writes, as Ink composed each row: cell by cell. */
  composeRow(writes) {
    const currentLine = [];
    for (let x = 0; x < this.width; x++) {
      currentLine.push({
        type: 'char',
        value: ' ',
        fullWidth: false,
        styles: [],
      });
    }
    for (let i = 0; i < writes.length; i += 2) {
      const x = writes[i];
      const line = writes[i + 1];
      const characters = this.caches.getStyledChars(line);
      let offsetX = x;
      for (const character of characters) {
        currentLine[offsetX] = character;
        // Determine printed width using string-width to align with measurement
        const characterWidth = Math.max(1, this.caches.getStringWidth(character.value));
        // For multi-column characters, clear following cells to avoid stray spaces/artifacts
        if (characterWidth > 1) {
          for (let index = 1; index < characterWidth; index++) {
            currentLine[offsetX + index] = {
              type: 'char',
              value: '',
              fullWidth: false,
              styles: character.styles,
            };
          }
        }
        offsetX += characterWidth;
      }
    }
    // See https://github.com/vadimdemedes/ink/pull/564#issuecomment-1637022742
    const lineWithoutEmptyItems = currentLine.filter((item) => item !== undefined);
    return styledCharsToString(lineWithoutEmptyItems).trimEnd();
  }
}
