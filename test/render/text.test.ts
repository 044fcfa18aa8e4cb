import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {figuresOfRun} from '../../source/commands/run-report.js';
import {timelineFromEvents} from '../../source/timeline/reduce.js';
import {slicedRun} from '../fixtures/sliced-runs.js';
import {timelineMarkdown, timelineTxt} from '../../source/render/text.js';
import {fixtureTimeline} from '../helpers/fixture-run.js';

const laneNames = ['A Ana', 'B Ben', 'C Cleo <&> "Q"', 'barista 1', 'barista 2', 'shop loop busy'];

describe('the txt export', () => {
  const {timeline, figures} = fixtureTimeline();
  const lines = timelineTxt(timeline, figures).split('\n');

  it('has a line per lane in the docs notation, on one axis', () => {
    for (const name of laneNames) {
      expect(lines.filter((line) => line.startsWith(`${name} `))).toHaveLength(1);
    }
    const ana = lines.find((line) => line.startsWith('A Ana '))!;
    expect(ana).toMatch(/\|-+brew-+\|/);
    expect(lines.find((line) => line.startsWith('barista 2 '))).toMatch(/\|-+B Ben-+\|/);
    expect(lines[0]).toBe('hybrid · 2 baristas · makespan 1.100 s');
    expect(lines.some((line) => /^ +0s +.*1s/.test(line))).toBe(true);
  });

  it('ends with the figures', () => {
    expect(lines).toContain('makespan         1.100 s');
    expect(lines.some((line) => line.startsWith('utilisation '))).toBe(true);
  });
});

describe('the md export', () => {
  const {timeline, figures} = fixtureTimeline();
  const md = timelineMarkdown(timeline, figures);

  it('is a code block with the timeline, then a figures table', () => {
    const block = /```text\n([\s\S]*?)\n```\n/.exec(md);
    expect(block).not.toBeNull();
    const blockLines = block![1]!.split('\n');
    for (const name of laneNames)
      expect(blockLines.filter((line) => line.startsWith(`${name} `))).toHaveLength(1);
    const table = md
      .slice(md.indexOf('```\n') + 4)
      .trim()
      .split('\n');
    expect(table[0]).toBe('| figure | measured |');
    expect(table[1]).toBe('| --- | --- |');
    expect(table).toContain('| makespan | 1.100 s |');
    // Every row has exactly its two cells: a `|` inside a value is escaped.
    for (const row of table) expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(4);
  });
});

describe('names in the md export', () => {
  const names = ['<b>Bob</b>', 'a | b & c', '`tick` *star*', '李小龍', '😀 Emoji'];
  const timeline = timelineFromEvents(slicedRun('gil', names).events);
  const md = timelineMarkdown(timeline, figuresOfRun(timeline));
  const table = md.slice(md.lastIndexOf('```\n') + 4);

  it('survive in the table: markup as entities, | and backticks escaped', () => {
    const latency = table.split('\n').find((row) => row.startsWith('| latency |'))!;
    expect(latency).toContain('&lt;b&gt;Bob&lt;/b&gt;');
    expect(latency).toContain('a \\| b &amp; c');
    expect(latency).toContain('\\`tick\\` \\*star\\*');
    expect(latency).toContain('李小龍');
    expect(table).not.toMatch(/<b>/);
    for (const row of table.trim().split('\n'))
      expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(4);
  });

  it('keep every lane of the code block at one display width', () => {
    const block = /```text\n([\s\S]*?)\n```\n/.exec(md)![1]!.split('\n');
    const lanes = block.slice(1, 1 + names.length + 2 + 1);
    for (const line of lanes) expect(stringWidth(line)).toBe(100);
  });
});
