import {describe, expect, it} from 'vitest';
import type {ShopEvent} from '../../source/protocol/events.js';
import {stepKinds, themeNames} from '../../source/protocol/vocabulary.js';
import {figuresOfRun} from '../../source/commands/run-report.js';
import {figureRows, latencyShown} from '../../source/render/figures-text.js';
import {stepColoursByTheme, stepLegend} from '../../source/render/palette.js';
import {smallestText} from '../../source/render/slide.js';
import {sweepChart} from '../../source/render/sweep-chart.js';
import {sweepSvg} from '../../source/render/sweep-svg.js';
import {timelineSvg} from '../../source/render/svg.js';
import {sweepFigures} from '../../source/timeline/amdahl.js';
import {timelineFromEvents} from '../../source/timeline/reduce.js';
import {slicedRun} from '../fixtures/sliced-runs.js';
import {svgTexts, viewBox} from '../helpers/svg-texts.js';

const names = (count: number) => Array.from({length: count}, (_, i) => `Guest ${i + 1}`);

/** A gil run (two barista threads) of these customers, its scenario named `scenario`. */
function run(customerNames: readonly string[], scenario = 'hand-made') {
  const events = slicedRun('gil', customerNames).events.map((event): ShopEvent =>
    event.kind === 'run-start' ? {...event, info: {...event.info, scenarioName: scenario}} : event,
  );
  const timeline = timelineFromEvents(events);
  return {timeline, figures: figuresOfRun(timeline)};
}

const longName = 'Maximilian Alexander Bartholomew von Habsburg-Lothringen the Third of Coffee';

describe('the slide picture of a run', () => {
  it('is 16:9, 1920 × 1080, with 3 customers as with 60 (the rest summarised as +N more)', () => {
    for (const count of [3, 60]) {
      const {timeline, figures} = run(names(count));
      const svg = timelineSvg(timeline, figures);
      expect(viewBox(svg)).toEqual({width: 1920, height: 1080});
      const labels = svgTexts(svg)
        .filter((text) => text.role === 'label')
        .map((text) => text.content);
      // Nothing below the picture's bottom edge, however many lanes there were.
      expect(Math.max(...svgTexts(svg).map((text) => text.y))).toBeLessThanOrEqual(1080 - 8);
      const shown = labels.filter((label) => label.includes('Guest')).length;
      const more = labels.find((label) => /^\+\d+ more customers$/.test(label));
      if (count === 3) expect({shown, more}).toEqual({shown: 3, more: undefined});
      else expect(shown + Number(/\d+/.exec(more ?? '')?.[0])).toBe(60);
    }
  });

  it('writes no text under 24 px, in either theme, and nothing past the edges', () => {
    const {timeline, figures} = run([longName, ...names(4)]);
    for (const theme of themeNames) {
      const svg = timelineSvg(timeline, figures, {theme});
      const texts = svgTexts(svg);
      expect(texts.length).toBeGreaterThan(20);
      for (const text of texts) {
        expect({text: text.content, big: text.size >= smallestText}).toEqual({
          text: text.content,
          big: true,
        });
        expect({text: text.content, left: text.left >= 0, right: text.right <= 1920}).toEqual({
          text: text.content,
          left: true,
          right: true,
        });
      }
    }
  });

  it('shortens a long customer name and a long scenario name with an ellipsis', () => {
    const {timeline, figures} = run(
      [longName, '李小龍的咖啡館的老闆娘和她的朋友們一起', 'Ana'],
      'x'.repeat(300),
    );
    const texts = svgTexts(timelineSvg(timeline, figures));
    const labels = texts.filter((text) => text.role === 'label');
    const lanesLeft = Math.min(...labels.map((text) => text.right)) + 16;
    expect(labels[0]!.content).toMatch(/^A Maximilian .*…$/);
    expect(labels[1]!.content).toMatch(/^B 李小龍.*…$/);
    expect(labels[2]!.content).toBe('C Ana');
    // Every label ends left of the lanes.
    for (const label of labels) expect(label.right).toBeLessThanOrEqual(lanesLeft + 1);
    expect(texts.find((text) => text.content.includes('scenario x'))!.content).toMatch(/x…$/);
  });

  it('measures a name with an escape sequence as drawn: plain characters, still inside its column', () => {
    const hostile = `\u001b[31m${'R'.repeat(40)}\u001b[0m`;
    const {timeline, figures} = run([hostile, 'Ana']);
    const label = svgTexts(timelineSvg(timeline, figures)).find((text) => text.role === 'label')!;
    expect(label.content).toMatch(/^A \[31mR+…$/);
    expect(label.content).not.toContain('\u001b');
  });

  it('has a legend with every step colour of its theme, and no command to type', () => {
    const {timeline, figures} = run(names(3));
    for (const theme of themeNames) {
      const svg = timelineSvg(timeline, figures, {theme});
      for (const kind of stepKinds) {
        expect(svg).toMatch(
          new RegExp(
            `<rect [^>]*fill="${stepColoursByTheme[theme][kind]}"/>\\n<text [^>]*class="legend"[^>]*>${stepLegend[kind].replace(/[()]/g, '\\$&')}<`,
          ),
        );
      }
      for (const text of svgTexts(svg)) expect(text.content).not.toMatch(/\bbrewlanes\b|--\w/);
    }
  });
});

describe('the latency figure', () => {
  it(`names ${latencyShown} customers and counts the rest, never dropping one silently`, () => {
    const {timeline, figures} = run(names(20));
    const latency = figureRows(timeline, figures).find(([label]) => label === 'latency')![1];
    expect(latency.match(/Guest \d+ /g)).toHaveLength(latencyShown);
    expect(latency).toMatch(new RegExp(`\\+${20 - latencyShown} more$`));
  });
});

describe('the sweep slide', () => {
  const figures = sweepFigures(
    [1, 2, 3, 4, 5, 6, 7, 8].map((workers) => ({
      workers,
      makespanMs: workers === 1 ? 1000 : 540,
    })),
    2,
  );
  const svg = sweepSvg(figures, 'light');
  const numbers = (d: string) =>
    [...d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);

  it('stops the ideal line at the cores', () => {
    const ideal = numbers(/<path class="ideal" d="([^"]+)"/.exec(svg)![1]!);
    const cores = Number(/<line class="cores" x1="([\d.]+)"/.exec(svg)![1]);
    expect(Math.max(...ideal.map(([x]) => x))).toBeCloseTo(cores, 0);
  });

  it("writes the sweep's notes whole above the plot (a busy machine is said on the slide too)", () => {
    const note = `machine busy: brews got 40% of a core (at every point): ${'the curve shows what other programs left of the cores '.repeat(2).trim()}`;
    const texts = svgTexts(sweepSvg(figures, 'dark', undefined, [note]));
    const lines = texts.filter((text) => text.role === 'note').map((text) => text.content);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(`note: ${note}`);
    for (const text of texts) expect(text.right).toBeLessThanOrEqual(1920);
  });

  it("stops the text chart's ideal mark (│) at the cores too", () => {
    const rows = sweepChart(figures).filter((line) => /^ +\d+ +[\d.]+s/.test(line));
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      const workers = Number(/^ +(\d+)/.exec(row)![1]);
      // Past the 2 cores no ideal mark; at 2 workers it is there (at 1, Amdahl's ◆ covers it).
      if (workers >= 2)
        expect({workers, ideal: row.includes('│')}).toEqual({workers, ideal: workers === 2});
    }
  });

  it('keeps the legend above the plot: the cores line starts below it', () => {
    const legendBottom = Math.max(
      ...svgTexts(svg)
        .filter((text) => text.role === 'legend')
        .map((text) => text.y),
    );
    const coresTop = Number(/<line class="cores" [^>]*y1="([\d.]+)"/.exec(svg)![1]);
    expect(coresTop).toBeGreaterThan(legendBottom + 8);
    expect(viewBox(svg)).toEqual({width: 1920, height: 1080});
    for (const text of svgTexts(svg)) expect(text.size).toBeGreaterThanOrEqual(smallestText);
  });
});
