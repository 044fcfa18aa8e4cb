import {describe, expect, it} from 'vitest';
// Ink's own Output (6.8.0), by path: the package exports only its index.
import InkOutput from '../../node_modules/ink/build/output.js';
import PatchedOutput from '../../patches/ink/output.js';

/** A small seeded generator (mulberry32), so a failure names a seed that repeats it. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  return {next, int, pick};
}
type Random = ReturnType<typeof generator>;

/** What a dashboard writes, and what could break a shortcut: wide, combining and zero-width characters. */
const glyphs = [
  'a',
  'b',
  'Z',
  ' ',
  ' ',
  '█',
  '░',
  '│',
  '✓',
  '·',
  '⠋',
  '~',
  '漢',
  '😀',
  'e\u0301',
  '\u200b',
];
/** Styles on and off, as Ink's colorize and chalk write them. */
const codes = [
  '\u001b[31m',
  '\u001b[39m',
  '\u001b[1m',
  '\u001b[22m',
  '\u001b[2m',
  '\u001b[42m',
  '\u001b[49m',
  '\u001b[0m',
  '\u001b[38;5;202m',
  '\u001b[48;2;10;20;30m',
  '\u001b[7m',
  '\u001b[27m',
  // Compound, and what is not a colour code: a lone escape, an unfinished one, a link, C1's CSI.
  '\u001b[1;31;48;5;17m',
  '\u001b',
  '\u001b[12',
  '\u001b]8;;https://example.com\u0007',
  '\u009b31m',
];

function randomLine(random: Random, narrowOnly: boolean): string {
  let line = '';
  const length = random.int(0, 14);
  for (let i = 0; i < length; i++) {
    if (random.next() < 0.25) line += random.pick(codes);
    let glyph = random.pick(glyphs);
    while (narrowOnly && (glyph === '漢' || glyph === '😀')) glyph = random.pick(glyphs);
    line += glyph;
  }
  return line;
}

function randomText(random: Random, narrowOnly: boolean): string {
  return Array.from({length: random.int(1, 3)}, () => randomLine(random, narrowOnly)).join('\n');
}

type Transformer = (line: string, index: number) => string;
const transformers: Transformer[][] = [
  [],
  [],
  [(line) => line.toUpperCase()],
  [(line, index) => `\u001b[2m${line}${index}\u001b[22m`],
];

type Operation =
  | {type: 'write'; x: number; y: number; text: string; transformers: Transformer[]}
  | {type: 'clip'; clip: {x1?: number; x2?: number; y1?: number; y2?: number}}
  | {type: 'unclip'};

function randomOperation(random: Random, width: number, height: number): Operation {
  const roll = random.next();
  if (roll < 0.1) {
    const x1 = random.int(-2, width);
    const y1 = random.int(-2, height);
    return {
      type: 'clip',
      clip: {
        ...(random.next() < 0.7 ? {x1, x2: x1 + random.int(0, width)} : {}),
        ...(random.next() < 0.7 ? {y1, y2: y1 + random.int(0, height)} : {}),
      },
    };
  }
  if (roll < 0.15) return {type: 'unclip'};
  const narrowOnly = random.next() < 0.6;
  return {
    type: 'write',
    // Mostly whole cells inside the frame; sometimes off its edges, or between cells.
    x: random.next() < 0.05 ? 0.5 : random.int(-3, width + 2),
    y: random.next() < 0.05 ? 1.5 : random.int(-2, height + 1),
    text: randomText(random, narrowOnly),
    transformers: random.pick(transformers),
  };
}

/** The next frame: mostly the last one's operations, a few changed (as a dashboard's frames are). */
function nextFrame(random: Random, operations: Operation[], width: number, height: number) {
  const next = operations.map((operation) =>
    operation.type === 'write' && random.next() < 0.2
      ? random.next() < 0.5
        ? {...operation, text: randomText(random, random.next() < 0.6)}
        : {...operation, x: random.int(-1, width)}
      : operation,
  );
  if (random.next() < 0.3) next.push(randomOperation(random, width, height));
  if (random.next() < 0.2 && next.length > 0) next.splice(random.int(0, next.length - 1), 1);
  return next;
}

type AnyOutput = {
  write(x: number, y: number, text: string, options: {transformers: Transformer[]}): void;
  clip(clip: {x1?: number; x2?: number; y1?: number; y2?: number}): void;
  unclip(): void;
  get(): {output: string; height: number};
};

function draw(output: AnyOutput, operations: Operation[]) {
  for (const operation of operations) {
    if (operation.type === 'write')
      output.write(operation.x, operation.y, operation.text, {
        transformers: operation.transformers,
      });
    else if (operation.type === 'clip') output.clip(operation.clip);
    else output.unclip();
  }
  return output.get();
}

/** Counts the calls to one of a patched Output's row composers from now on. */
function callsTo(output: PatchedOutput, method: 'composeRow' | 'joinRow'): () => number {
  let calls = 0;
  const original = output[method].bind(output) as (writes: unknown[]) => string | null;
  output[method] = ((writes: unknown[]) => {
    calls++;
    return original(writes);
  }) as never;
  return () => calls;
}

describe("the bundle's Ink Output (patches/ink/output.js)", () => {
  it("writes what Ink 6.8.0's Output writes, frame after frame, on 400 random runs of 25 frames", () => {
    for (let seed = 1; seed <= 400; seed++) {
      const random = generator(seed);
      let width = random.int(0, 30);
      let height = random.int(1, 8);
      let operations = Array.from({length: random.int(0, 12)}, () =>
        randomOperation(random, width, height),
      );
      for (let frame = 0; frame < 25; frame++) {
        if (random.next() < 0.1) width = random.int(0, 30);
        if (random.next() < 0.1) height = random.int(1, 8);
        const ink = draw(new InkOutput({width, height}) as AnyOutput, operations);
        const patched = draw(new PatchedOutput({width, height}) as AnyOutput, operations);
        expect(patched, `seed ${seed}, frame ${frame}`).toEqual(ink);
        operations = nextFrame(random, operations, width, height);
      }
    }
  });

  it('takes a row whose writes are unchanged from the last frame, and joins rows of narrow text without composing cells', () => {
    // Structure, not speed: the row kept from the last frame is the very same string,
    // and a row of narrow lines never reaches the cell-by-cell composer.
    const operations: Operation[] = [
      {type: 'write', x: 0, y: 0, text: 'title \u001b[42m██\u001b[49m│', transformers: []},
      {type: 'write', x: 2, y: 1, text: 'a\u001b[1mb\u001b[22m', transformers: []},
    ];
    const first = new PatchedOutput({width: 20, height: 2});
    const composed = callsTo(first, 'composeRow');
    const before = draw(first as AnyOutput, operations).output;
    expect(composed()).toBe(0);
    const second = new PatchedOutput({width: 20, height: 2});
    const joined = callsTo(second, 'joinRow');
    expect(draw(second as AnyOutput, operations).output).toBe(before);
    expect(joined()).toBe(0);
    // A wide character sends its row to the cell-by-cell composer, and the text is Ink's.
    const wide: Operation[] = [{type: 'write', x: 0, y: 0, text: 'a漢b', transformers: []}];
    const third = new PatchedOutput({width: 20, height: 1});
    const composedWide = callsTo(third, 'composeRow');
    expect(draw(third as AnyOutput, wide)).toEqual(
      draw(new InkOutput({width: 20, height: 1}) as AnyOutput, wide),
    );
    expect(composedWide()).toBe(1);
  });
});
