import {describe, expect, it} from 'vitest';
import {animatedSvg, rowSpans, type Screen, type ScreenCell} from '../../source/render/cast-svg.js';

const cell = (char: string, fg: string | null = null): ScreenCell => ({
  char,
  fg,
  bg: null,
  bold: false,
  inverse: false,
  dim: false,
});
const row = (text: string, fg: string | null = null) => [...text].map((c) => cell(c, fg));
const screen = (...lines: string[]): Screen => lines.map((line) => row(line));

describe('animatedSvg: a recording as an animated SVG', () => {
  it('writes recorded text as XML text: markup escaped, control characters dropped', () => {
    const svg = animatedSvg([screen("Tom & \u0007Jerry's <b>")], {
      fps: 1,
      columns: 20,
      rows: 1,
      title: 'a\u001b[31m title',
    });
    const controls = [...svg].filter((c) => c < ' ' && c !== '\n' && c !== '\t' && c !== '\r');
    expect(controls).toEqual([]);
    expect(svg).toContain('&amp;');
    expect(svg).toContain('&lt;b&gt;');
    expect(svg).toContain('<title>a[31m title</title>');
  });

  it('keeps one version of a row for as long as it does not change', () => {
    const frames = [
      screen('brewlanes hybrid', 'Ana  |--'),
      screen('brewlanes hybrid', 'Ana  |----'),
      screen('brewlanes hybrid', 'Ana  |----'),
      screen('brewlanes parallel', 'Ana  |----|'),
    ];
    const spans = rowSpans(frames, 2);
    expect(spans.filter((s) => s.y === 0).map((s) => [s.from, s.to])).toEqual([
      [0, 3],
      [3, 4],
    ]);
    expect(spans.filter((s) => s.y === 1).map((s) => [s.from, s.to])).toEqual([
      [0, 1],
      [1, 3],
      [3, 4],
    ]);
  });

  it('shows each version in turn, discretely, looping at the frames rate', () => {
    const frames = [screen('one', 'same'), screen('two', 'same')];
    const svg = animatedSvg(frames, {fps: 4, columns: 10, rows: 2, title: 'demo <1>'});
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title>demo &lt;1&gt;</title>');
    // 2 frames at 4 fps: half a second, repeated
    expect(svg.match(/dur="0.5s" repeatCount="indefinite"/g)).toHaveLength(2);
    expect(svg).toContain('values="visible;hidden" keyTimes="0;0.5"');
    expect(svg).toContain('values="hidden;visible" keyTimes="0;0.5"');
    // the unchanged row is drawn once, without an animation
    expect(svg.match(/>same</g)).toHaveLength(1);
    expect(svg).toMatch(/<g><text[^>]*>same<\/text><\/g>/);
  });

  it('draws every word at its own column in its colour, escaped', () => {
    const frame: Screen = [[...row('a<b ', '#ff0000'), ...row('  cd', null)]];
    const svg = animatedSvg([frame], {fps: 4, columns: 8, rows: 1});
    expect(svg).toContain('fill="#ff0000">a&lt;b</text>');
    // "cd" starts at column 6: 12 px padding + 6 × 8.4 px
    expect(svg).toMatch(/<text x="62.4"[^>]*>cd<\/text>/);
    expect(svg).not.toContain('> <');
  });
});
