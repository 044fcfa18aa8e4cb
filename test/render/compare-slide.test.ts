import {execFileSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {ShopEvent} from '../../source/protocol/events.js';
import type {Mode} from '../../source/protocol/vocabulary.js';
import {compareSlide, type ComparedSlideRun} from '../../source/render/compare-slide.js';
import {smallestText} from '../../source/render/slide.js';
import {computeFigures} from '../../source/timeline/figures.js';
import {timelineFromEvents} from '../../source/timeline/reduce.js';
import {repeated} from '../../source/timeline/repeats.js';
import {eventsFinished, seg} from '../fixtures/ui-runs.js';
import {temporaryFolder} from '../helpers/fixture-run.js';
import {svgTexts, viewBox} from '../helpers/svg-texts.js';

/**
 * A mode's run of the two hand-made customers with its brews spread over
 * `baristas` threads (Ana's on the first, Ben's on the second, then one short
 * brew slice of Ana's on each further thread).
 */
function modeRun(mode: Mode, baristas: number, makespanMs: number): ComparedSlideRun {
  const extra: ShopEvent[] = Array.from({length: Math.max(0, baristas - 2)}, (_, i) =>
    seg(1, 1, 'brew', 20 + i, 100 + i, 110 + i),
  );
  const base = eventsFinished({mode, baristas}).map((event) =>
    baristas === 1 && event.kind === 'segment' && event.thread === 6
      ? {...event, thread: 5}
      : event,
  );
  const events = [...base.slice(0, -1), ...extra, base.at(-1)!];
  const timeline = timelineFromEvents(events);
  return {
    mode,
    timeline,
    figures: computeFigures(timeline),
    makespan: repeated([makespanMs, makespanMs * 1.1, makespanMs * 0.95]),
    speedup: mode === 'sequential' ? null : repeated([4000 / makespanMs]),
  };
}

const labels = (svg: string) =>
  svgTexts(svg)
    .filter((text) => text.role === 'label' || text.role === 'mode')
    .map((text) => text.content);

describe('compareSlide', () => {
  it('draws every mode in order with its own barista lanes, on a 16:9 slide', () => {
    const svg = compareSlide(
      [
        modeRun('sequential', 1, 4000),
        modeRun('concurrent', 1, 3000),
        modeRun('parallel', 2, 2100),
        modeRun('hybrid', 2, 2000),
      ],
      {theme: 'light', cores: 2},
    );
    const path = join(temporaryFolder(), 'compare.svg');
    writeFileSync(path, svg);
    execFileSync('xmllint', ['--noout', path]);
    expect(viewBox(svg)).toEqual({width: 1920, height: 1080});
    const rows = labels(svg).map((label) => label.replace(/ · .*/, ''));
    expect(rows).toEqual([
      'sequential',
      'barista 1',
      'concurrent',
      'barista 1',
      'parallel',
      'barista 1',
      'barista 2',
      'hybrid',
      'barista 1',
      'barista 2',
    ]);
    expect(labels(svg)[0]).toMatch(
      /^sequential · 1 barista · makespan 4\.00 s \(3\.80 s–4\.40 s\)/,
    );
    expect(labels(svg)).toContain(
      'hybrid · 2 baristas · makespan 2.00 s (1.90 s–2.20 s) · 2.00× as fast',
    );
    // One line per mode where its run ended.
    expect(svg.match(/<line class="makespan"/g)).toHaveLength(4);
    for (const text of svgTexts(svg)) {
      expect(text.size).toBeGreaterThanOrEqual(smallestText);
      expect({text: text.content, inside: text.left >= 0 && text.right <= 1920}).toEqual({
        text: text.content,
        inside: true,
      });
    }
  });

  it('writes the notes of the measurement whole, every lane still on the slide', () => {
    const note =
      'parallel: machine busy: brews got 40% of a core; its figures are slower than this machine can do';
    const svg = compareSlide([modeRun('sequential', 1, 4000), modeRun('parallel', 2, 2100)], {
      notes: [note, note],
    });
    const texts = svgTexts(svg);
    expect(texts.filter((text) => text.role === 'note').map((text) => text.content)).toEqual([
      `note: ${note}`,
      `note: ${note}`,
    ]);
    expect(labels(svg).map((label) => label.replace(/ · .*/, ''))).toEqual([
      'sequential',
      'barista 1',
      'parallel',
      'barista 1',
      'barista 2',
    ]);
    expect(Math.max(...texts.map((text) => text.y))).toBeLessThanOrEqual(1080 - 8);
  });

  it('summarises the lanes of many baristas as +N more, every mode keeping its own', () => {
    const svg = compareSlide([
      modeRun('sequential', 1, 4000),
      modeRun('concurrent', 1, 3000),
      modeRun('parallel', 40, 2100),
      modeRun('hybrid', 40, 2000),
    ]);
    expect(viewBox(svg)).toEqual({width: 1920, height: 1080});
    const rows = labels(svg);
    const block = (mode: string) => {
      const start = rows.findIndex((row) => row.startsWith(`${mode} ·`));
      const end = rows.findIndex((row, i) => i > start && / · /.test(row));
      return rows.slice(start + 1, end === -1 ? undefined : end);
    };
    for (const mode of ['parallel', 'hybrid']) {
      const lanes = block(mode);
      const more = lanes.at(-1)!;
      expect(more).toMatch(/^\+\d+ more baristas$/);
      expect(lanes.length - 1 + Number(/\d+/.exec(more)![0])).toBe(40);
    }
    expect(block('sequential')).toEqual(['barista 1']);
  });
});
